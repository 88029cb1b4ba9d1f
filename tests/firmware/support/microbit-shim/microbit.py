# Test stand-in for the micro:bit's `microbit` module, for MicroPython WebAssembly, which has
# no micro:bit hardware. The serial line, the clock and sleep go to the simulated board
# (`_board`, see micropython-board.worker.mjs); display, I2C and pins are recorded as events
# the test reads ("i2c 16 0 0 153", "display ARROW_N"). A Maqueen motor board answers the I2C
# scan at 0x10, as on the real robot.
import _board


class _Uart:
    def init(self, baudrate=9600, bits=8, parity=None, stop=1, tx=None, rx=None):
        _board.event('uart.init %d' % baudrate)

    def any(self):
        return _board.rx_any() > 0

    def read(self, nbytes=None):
        text = _board.rx_read(-1 if nbytes is None else nbytes)
        if text == '\x03':
            # The micro:bit's UART interrupt turns Ctrl-C into KeyboardInterrupt.
            raise KeyboardInterrupt
        if not text:
            return None
        return bytes(ord(c) for c in text)

    def write(self, data):
        if not isinstance(data, str):
            data = ''.join(chr(b) for b in data)
        _board.tx_write(data)


uart = _Uart()


def sleep(ms):
    _board.sleep(ms)


def running_time():
    return _board.now()


class Image:
    def __init__(self, name='BLANK'):
        self.name = name


for _name in ('ARROW_N', 'ARROW_S', 'ARROW_E', 'ARROW_W', 'HEART', 'HAPPY', 'YES', 'NO'):
    setattr(Image, _name, Image(_name))


class _Display:
    def show(self, image, *args, **kwargs):
        _board.event('display %s' % getattr(image, 'name', image))

    def clear(self):
        _board.event('display BLANK')

    def scroll(self, text, *args, **kwargs):
        _board.event('display %s' % text)


display = _Display()


class _I2C:
    def scan(self):
        return [0x10]

    def write(self, addr, buf, repeat=False):
        _board.event('i2c %d %s' % (addr, ' '.join(str(b) for b in buf)))

    def read(self, addr, n, repeat=False):
        return bytes(n)


i2c = _I2C()


class _Pin:
    def __init__(self, name):
        self.name = name

    def write_digital(self, value):
        _board.event('%s digital %d' % (self.name, value))

    def write_analog(self, value):
        _board.event('%s analog %d' % (self.name, value))

    def read_digital(self):
        return 0


for _n in (0, 1, 2, 8, 12, 13, 14, 15, 16):
    globals()['pin%d' % _n] = _Pin('pin%d' % _n)
