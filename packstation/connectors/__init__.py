"""The outside world's formats: marketplace exports and APIs, carriers, notifications."""
