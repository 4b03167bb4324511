"""The exchange screens under their former name, until the main window imports
unccd_desktop.ui.exchange directly; then this module goes."""

from .exchange import *  # noqa: F403
from .exchange import __all__  # noqa: F401
