"""The pay flow's screens (``Screen.PAY``) and the receipt sink that makes a paid receipt
available. Import the submodules you need; this package module imports nothing."""
