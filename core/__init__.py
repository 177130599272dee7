"""Small helpers every app may import (it imports none of them): no models, no views."""
