"""Workbook exchange: donor reports, partner update workbooks and their import (no Qt)."""
