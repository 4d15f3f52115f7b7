"""Custom actions of the TMS intake assistant, split by concern; the action server loads this package."""
