"""Serial scales: protocol codecs, stability, the driver and a pseudo-terminal simulator."""
