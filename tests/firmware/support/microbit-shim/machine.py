# Test stand-in for MicroPython's `machine` module on the micro:bit: only time_pulse_us, whose
# echo time (µs, negative for no echo) the test sets on the simulated board.
import _board


def time_pulse_us(pin, level, timeout_us=1000000):
    return _board.echo_us()
