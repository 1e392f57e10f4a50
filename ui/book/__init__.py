"""Booking screens: municipal and CUP booking (``book``) and 'my bookings' (``mybook``)."""
