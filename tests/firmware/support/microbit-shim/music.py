# Test stand-in for the micro:bit's `music` module: records pitch and stop as board events.
import _board


def pitch(frequency, duration=-1, pin=None, wait=True):
    _board.event('music pitch %d' % frequency)


def stop(pin=None):
    _board.event('music stop')
