"""TMS intake assistant: settings, service launcher and command line shared by the Rasa project."""
