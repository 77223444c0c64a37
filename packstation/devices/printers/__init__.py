"""Receipt and label printers: command encoders, connections, status, simulator."""
