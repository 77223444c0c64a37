"""Files for the carriers' own label software: waybill rows out, issued tracking numbers back."""
