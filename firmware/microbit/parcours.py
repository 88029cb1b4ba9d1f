# Parcours firmware for micro:bit robots (MicroPython, micro:bit V1 and V2).
# Speaks the Parcours line protocol, version 1 (docs/protocol/parcours-line.md), on the USB
# serial at 115200 baud: HELLO with capabilities, commands with ids answered ACK then DONE or
# ERR, immediate STOP, sensor reads, and a watchdog that stops the motors when the host goes
# quiet. The Parcours app installs this file as main.py through the raw REPL; Ctrl-C (0x03)
# on the serial line drops back to the REPL.
#
# Robots: a DFRobot Maqueen (motor driver at I2C address 0x10, ultrasonic sensor on P1/P2) is
# detected on its own; other two-wheel robots use the PWM pins in PIN_MOTORS (edit to suit).
# With no motor board the display shows each move, which is enough to try things out.

from microbit import display, i2c, running_time, sleep, uart
import microbit
import music

FIRMWARE = 'parcours-microbit/1.0.0'
PROTOCOL_VERSION = 1
WATCHDOG_MS = 500
MAX_LINE = 64
MAQUEEN_ADDRESS = 0x10
# (speed pin, direction pin) per wheel for PWM motor boards, e.g. 4tronix Bit:Bot.
PIN_MOTORS = (('pin0', 'pin8'), ('pin1', 'pin12'))

ARROWS = {
    'forward': 'ARROW_N',
    'back': 'ARROW_S',
    'left': 'ARROW_W',
    'right': 'ARROW_E',
}


class MaqueenMotors:
    def set(self, left, right):
        for motor, power in ((0, left), (1, right)):
            speed = abs(power) * 255 // 100
            i2c.write(MAQUEEN_ADDRESS, bytes([motor, 1 if power < 0 else 0, speed]))


class PinMotors:
    def __init__(self):
        self.pins = [(getattr(microbit, s), getattr(microbit, d)) for s, d in PIN_MOTORS]

    def set(self, left, right):
        for (speed_pin, dir_pin), power in zip(self.pins, (left, right)):
            dir_pin.write_digital(1 if power < 0 else 0)
            speed_pin.write_analog(abs(power) * 1023 // 100)


def find_motors():
    try:
        if MAQUEEN_ADDRESS in i2c.scan():
            return MaqueenMotors(), True
    except OSError:
        pass
    return PinMotors(), False


def ultrasonic_mm():
    # Maqueen: trigger on P1, echo on P2; -1 when nothing answers within range.
    import machine

    microbit.pin1.write_digital(1)
    microbit.pin1.write_digital(0)
    try:
        echo = machine.time_pulse_us(microbit.pin2, 1, 25000)
    except OSError:
        return -1
    return -1 if echo < 0 else echo * 343 // 2000


def parse_int(token):
    body = token[1:] if token.startswith('-') else token
    if not body or not body.isdigit() or len(body) > 6 or (len(body) > 1 and body[0] == '0'):
        raise ValueError
    return int(token)


class Robot:
    def __init__(self, write, now, motors, has_dist):
        self.write = write
        self.now = now
        self.motors = motors
        self.has_dist = has_dist
        self.line = bytearray()
        self.garbage = False
        self.too_long = False
        self.running = None  # (kind, id, until)
        self.last_line = now()
        caps = ['move', 'led', 'tone']
        if has_dist:
            caps.append('dist')
        self.caps = ','.join(caps)

    def reply(self, text):
        self.write(text + '\r\n')

    def err(self, ident, code):
        self.reply('ERR %s %s' % (ident if ident else '-', code))

    def boot(self):
        self.halt(None)
        self.reply('EVT boot')

    def halt(self, why):
        self.motors.set(0, 0)
        music.stop()
        if self.running and why:
            self.err(self.running[1], why)
        self.running = None

    def feed(self, data):
        for byte in data:
            if byte == 13:
                continue
            if byte == 10:
                line, garbage, too_long = self.line, self.garbage, self.too_long
                self.line = bytearray()
                self.garbage = self.too_long = False
                if too_long:
                    self.err(None, 'toolong')
                elif garbage:
                    self.err(None, 'syntax')
                elif line:
                    self.handle(line.decode())
                continue
            if byte < 32 or byte > 126:
                self.garbage = True
            if len(self.line) < MAX_LINE:
                self.line.append(byte)
            else:
                self.too_long = True

    def handle(self, text):
        tokens = text.split()
        if not tokens:
            return
        self.last_line = self.now()
        word, args = tokens[0], tokens[1:]
        if word == 'HELLO':
            self.hello(args)
        elif word == 'PING':
            if args:
                self.err(None, 'syntax')
            else:
                self.reply('PONG')
        elif word == 'STOP':
            self.halt('stopped')
            self.reply('STOPPED')
        elif word in ('M', 'TONE', 'LED', 'READ'):
            self.command(word, args)
        else:
            self.err(None, 'unknown')

    def hello(self, args):
        try:
            if len(args) != 1:
                raise ValueError
            version = parse_int(args[0])
        except ValueError:
            self.err(None, 'syntax')
            return
        if version < 1:
            self.err(None, 'version')
            return
        self.halt('stopped')
        display.clear()
        self.reply(
            'HELLO %d %s %d %s'
            % (min(version, PROTOCOL_VERSION), FIRMWARE, WATCHDOG_MS, self.caps)
        )

    def command(self, word, args):
        try:
            ident = parse_int(args[0]) if args else 0
            if not 1 <= ident <= 65535:
                raise ValueError
        except ValueError:
            self.err(None, 'syntax')
            return
        if word == 'READ':
            self.read(ident, args[1:])
            return
        try:
            wanted = {'M': 3, 'TONE': 2, 'LED': 3}[word]
            if len(args) != wanted + 1:
                raise ValueError
            values = [parse_int(token) for token in args[1:]]
        except ValueError:
            self.err(ident, 'syntax')
            return
        if word == 'LED':
            if not all(0 <= v <= 255 for v in values):
                self.err(ident, 'range')
                return
            display.show(microbit.Image.HEART if any(values) else microbit.Image())
            self.reply('ACK %d' % ident)
            self.reply('DONE %d' % ident)
            return
        if word == 'M':
            left, right, ms = values
            ok = -100 <= left <= 100 and -100 <= right <= 100 and 1 <= ms <= 30000
        else:
            hz, ms = values
            ok = 20 <= hz <= 20000 and 1 <= ms <= 5000
        if not ok:
            self.err(ident, 'range')
            return
        if self.running:
            self.err(ident, 'busy')
            return
        self.running = (word, ident, self.now() + ms)
        if word == 'M':
            self.motors.set(left, right)
            self.show_move(left, right)
        else:
            music.pitch(hz, -1, wait=False)
        self.reply('ACK %d' % ident)

    def show_move(self, left, right):
        if left > 0 and right > 0:
            name = ARROWS['forward']
        elif left < 0 and right < 0:
            name = ARROWS['back']
        elif left < right:
            name = ARROWS['left']
        else:
            name = ARROWS['right']
        display.show(getattr(microbit.Image, name))

    def read(self, ident, args):
        if len(args) != 1:
            self.err(ident, 'syntax')
            return
        if args[0] != 'dist' or not self.has_dist:
            self.err(ident, 'unsupported')
            return
        value = ultrasonic_mm()
        self.reply('ACK %d' % ident)
        self.reply('DONE %d %d' % (ident, value))

    def tick(self):
        if not self.running:
            return
        now = self.now()
        if now - self.running[2] >= 0:
            ident = self.running[1]
            self.halt(None)
            display.clear()
            self.reply('DONE %d' % ident)
        elif now - self.last_line >= WATCHDOG_MS:
            self.halt('watchdog')
            display.clear()
            self.reply('EVT watchdog')


def main():
    uart.init(baudrate=115200)
    motors, has_dist = find_motors()
    robot = Robot(uart.write, running_time, motors, has_dist)
    robot.boot()
    while True:
        data = uart.read()
        if data:
            robot.feed(data)
        robot.tick()
        sleep(1)


if __name__ == '__main__':
    main()
