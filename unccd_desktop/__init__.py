"""UNCCD Partnerships: a desktop register of the partnerships of the UNCCD Global Mechanism."""

__version__ = "0.1.0"
APP_NAME = "UNCCD Partnerships"
APP_ID = "unccd-desktop"
