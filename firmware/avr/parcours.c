/*
 * Parcours reference firmware for Arduino-class two-wheel robots (ATmega328P, 16 MHz).
 * Speaks the Parcours line protocol, version 1 (docs/protocol/parcours-line.md) on the UART at
 * 115200 baud: versioned HELLO with capabilities, commands with ids answered ACK then DONE or
 * ERR, immediate STOP, sensor reads, and a watchdog that stops the motors when the host goes
 * quiet. Moves are timed (no encoders): the host's calibration decides how long to drive.
 *
 * Hardware (Arduino Uno numbering, e.g. an L298N or L9110 motor board):
 *   D5 (PD5, OC0B) left motor PWM     D4 (PD4) left motor direction (high = backwards)
 *   D6 (PD6, OC0A) right motor PWM    D7 (PD7) right motor direction (high = backwards)
 *   D13 (PB5) LED                     D9 (PB1, OC1A) passive buzzer
 *   D2 (PD2) obstacle sensor, active low (IR module), internal pull-up
 * Timers: Timer0 motor PWM (~1 kHz), Timer1 tone generator, Timer2 millisecond clock.
 * The hardware watchdog (250 ms) resets the board if the main loop ever hangs.
 */

#include <avr/interrupt.h>
#include <avr/io.h>
#include <avr/wdt.h>
#include <stdint.h>
#include <string.h>

#define FIRMWARE "parcours-avr/1.0.0"
#define PROTOCOL_VERSION 1
#define WATCHDOG_MS 500
#define CAPABILITIES "move,led,tone,obstacle"
#define MAX_LINE 64
#define MAX_TOKENS 6
#define RX_SIZE 128 /* power of two */

/* ---- millisecond clock (Timer2, CTC, 1 kHz) ---- */

static volatile uint32_t clock_ms;

ISR(TIMER2_COMPA_vect) { clock_ms++; }

static uint32_t millis(void) {
  uint8_t sreg = SREG;
  cli();
  uint32_t now = clock_ms;
  SREG = sreg;
  return now;
}

/* ---- UART: interrupt-driven receive ring, blocking transmit ---- */

static volatile uint8_t rx_ring[RX_SIZE];
static volatile uint8_t rx_head, rx_tail;

ISR(USART_RX_vect) {
  uint8_t byte = UDR0;
  uint8_t next = (uint8_t)((rx_head + 1) & (RX_SIZE - 1));
  if (next != rx_tail) { /* on overflow the byte is dropped; the line becomes garbage */
    rx_ring[rx_head] = byte;
    rx_head = next;
  }
}

static int16_t uart_read(void) {
  if (rx_head == rx_tail) return -1;
  uint8_t byte = rx_ring[rx_tail];
  rx_tail = (uint8_t)((rx_tail + 1) & (RX_SIZE - 1));
  return byte;
}

static void uart_putc(char c) {
  while (!(UCSR0A & _BV(UDRE0))) {
  }
  UDR0 = (uint8_t)c;
}

static void uart_puts(const char *text) {
  while (*text) uart_putc(*text++);
}

static void uart_putu(uint32_t value) {
  char digits[11];
  uint8_t n = 0;
  do {
    digits[n++] = (char)('0' + value % 10);
    value /= 10;
  } while (value);
  while (n) uart_putc(digits[--n]);
}

static void uart_eol(void) { uart_puts("\r\n"); }

static void uart_init(void) {
  UCSR0A = _BV(U2X0);
  UBRR0 = 16; /* 115200 baud at 16 MHz with U2X (2.1 % error, as the Arduino core does) */
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00); /* 8N1 */
  UCSR0B = _BV(RXEN0) | _BV(TXEN0) | _BV(RXCIE0);
}

/* ---- outputs ---- */

static void motor_set(uint8_t right, int8_t power) {
  uint8_t duty = (uint8_t)(((uint16_t)(power < 0 ? -power : power) * 255u) / 100u);
  uint8_t dir_bit = right ? _BV(PD7) : _BV(PD4);
  if (power < 0) PORTD |= dir_bit;
  else PORTD &= (uint8_t)~dir_bit;
  if (right) {
    OCR0A = duty;
    if (duty) TCCR0A |= _BV(COM0A1);
    else { TCCR0A &= (uint8_t)~_BV(COM0A1); PORTD &= (uint8_t)~_BV(PD6); }
  } else {
    OCR0B = duty;
    if (duty) TCCR0A |= _BV(COM0B1);
    else { TCCR0A &= (uint8_t)~_BV(COM0B1); PORTD &= (uint8_t)~_BV(PD5); }
  }
}

static void motors_stop(void) {
  motor_set(0, 0);
  motor_set(1, 0);
  PORTD &= (uint8_t)~(_BV(PD4) | _BV(PD7));
}

static void tone_start(uint16_t hz) {
  /* CTC mode 4, toggle OC1A on match, prescaler 8: f = F_CPU / (2 * 8 * (OCR1A + 1)) */
  OCR1A = (uint16_t)(F_CPU / (16UL * hz) - 1);
  TCNT1 = 0;
  TCCR1A = _BV(COM1A0);
  TCCR1B = _BV(WGM12) | _BV(CS11);
}

static void tone_stop(void) {
  TCCR1A = 0;
  TCCR1B = 0;
  PORTB &= (uint8_t)~_BV(PB1);
}

static void led_set(uint8_t on) {
  if (on) PORTB |= _BV(PB5);
  else PORTB &= (uint8_t)~_BV(PB5);
}

static uint8_t obstacle_seen(void) { return (PIND & _BV(PD2)) ? 0 : 1; }

static void hardware_init(void) {
  DDRD |= _BV(PD4) | _BV(PD5) | _BV(PD6) | _BV(PD7);
  DDRD &= (uint8_t)~_BV(PD2);
  PORTD |= _BV(PD2); /* pull-up for the obstacle sensor */
  DDRB |= _BV(PB1) | _BV(PB5);
  /* Timer0: fast PWM, prescaler 64 (976 Hz); outputs connected only while a motor runs */
  TCCR0A = _BV(WGM01) | _BV(WGM00);
  TCCR0B = _BV(CS01) | _BV(CS00);
  /* Timer2: CTC at 1 kHz (16 MHz / 64 / 250) for the millisecond clock */
  TCCR2A = _BV(WGM21);
  OCR2A = 249;
  TCCR2B = _BV(CS22);
  TIMSK2 = _BV(OCIE2A);
  motors_stop();
  tone_stop();
  led_set(0);
}

/* ---- the running timed command (M or TONE): one at a time ---- */

enum { IDLE = 0, MOVING, TONING };
static uint8_t running;
static uint16_t running_id;
static uint32_t running_until;
static uint32_t last_line_ms;

static void reply_id(const char *word, uint16_t id) {
  uart_puts(word);
  uart_putc(' ');
  uart_putu(id);
}

static void reply_err(int32_t id, const char *code) {
  uart_puts("ERR ");
  if (id > 0) uart_putu((uint32_t)id);
  else uart_putc('-');
  uart_putc(' ');
  uart_puts(code);
  uart_eol();
}

/* Stops outputs; a running command ends with ERR <id> <why> when `why` is given. */
static void halt(const char *why) {
  motors_stop();
  tone_stop();
  if (running != IDLE && why) reply_err(running_id, why);
  running = IDLE;
}

/* ---- parsing ---- */

static uint8_t parse_int(const char *token, int32_t *out) {
  int32_t value = 0;
  uint8_t negative = 0, digits = 0;
  if (*token == '-') {
    negative = 1;
    token++;
  }
  if (*token == '0' && token[1] != '\0') return 0; /* no leading zeros */
  for (; *token; token++) {
    if (*token < '0' || *token > '9' || ++digits > 6) return 0;
    value = value * 10 + (*token - '0');
  }
  if (!digits) return 0;
  *out = negative ? -value : value;
  return 1;
}

static uint8_t in_range(int32_t value, int32_t min, int32_t max) {
  return value >= min && value <= max;
}

/* Parses tokens[1..count-1] as integers; the first must be an id. Returns the id or -1. */
static int32_t parse_args(char **tokens, uint8_t count, uint8_t wanted, int32_t *values) {
  int32_t id = -1;
  if (count >= 2 && parse_int(tokens[1], &id) && in_range(id, 1, 65535)) {
  } else {
    id = -1;
  }
  if (id < 0) {
    reply_err(-1, "syntax");
    return -1;
  }
  if (count != wanted) {
    reply_err(id, "syntax");
    return -1;
  }
  for (uint8_t i = 2; i < count; i++) {
    if (!parse_int(tokens[i], &values[i - 2])) {
      reply_err(id, "syntax");
      return -1;
    }
  }
  return id;
}

static void command_hello(char **tokens, uint8_t count) {
  int32_t version;
  if (count != 2 || !parse_int(tokens[1], &version)) {
    reply_err(-1, "syntax");
    return;
  }
  if (version < 1) {
    reply_err(-1, "version");
    return;
  }
  halt("stopped");
  led_set(0);
  uart_puts("HELLO ");
  uart_putu(version < PROTOCOL_VERSION ? (uint32_t)version : PROTOCOL_VERSION);
  uart_puts(" " FIRMWARE " ");
  uart_putu(WATCHDOG_MS);
  uart_puts(" " CAPABILITIES);
  uart_eol();
}

static void command_move(char **tokens, uint8_t count) {
  int32_t v[3];
  int32_t id = parse_args(tokens, count, 5, v);
  if (id < 0) return;
  if (!in_range(v[0], -100, 100) || !in_range(v[1], -100, 100) || !in_range(v[2], 1, 30000)) {
    reply_err(id, "range");
    return;
  }
  if (running != IDLE) {
    reply_err(id, "busy");
    return;
  }
  running = MOVING;
  running_id = (uint16_t)id;
  running_until = millis() + (uint32_t)v[2];
  motor_set(0, (int8_t)v[0]);
  motor_set(1, (int8_t)v[1]);
  reply_id("ACK", running_id);
  uart_eol();
}

static void command_tone(char **tokens, uint8_t count) {
  int32_t v[2];
  int32_t id = parse_args(tokens, count, 4, v);
  if (id < 0) return;
  if (!in_range(v[0], 20, 20000) || !in_range(v[1], 1, 5000)) {
    reply_err(id, "range");
    return;
  }
  if (running != IDLE) {
    reply_err(id, "busy");
    return;
  }
  running = TONING;
  running_id = (uint16_t)id;
  running_until = millis() + (uint32_t)v[1];
  tone_start((uint16_t)v[0]);
  reply_id("ACK", running_id);
  uart_eol();
}

static void command_led(char **tokens, uint8_t count) {
  int32_t v[3];
  int32_t id = parse_args(tokens, count, 5, v);
  if (id < 0) return;
  if (!in_range(v[0], 0, 255) || !in_range(v[1], 0, 255) || !in_range(v[2], 0, 255)) {
    reply_err(id, "range");
    return;
  }
  led_set(v[0] || v[1] || v[2]);
  reply_id("ACK", (uint16_t)id);
  uart_eol();
  reply_id("DONE", (uint16_t)id);
  uart_eol();
}

static void command_read(char **tokens, uint8_t count) {
  int32_t id;
  if (count < 2 || !parse_int(tokens[1], &id) || !in_range(id, 1, 65535)) {
    reply_err(-1, "syntax");
    return;
  }
  if (count != 3) {
    reply_err(id, "syntax");
    return;
  }
  if (strcmp(tokens[2], "obstacle") != 0) {
    reply_err(id, "unsupported");
    return;
  }
  reply_id("ACK", (uint16_t)id);
  uart_eol();
  reply_id("DONE", (uint16_t)id);
  uart_putc(' ');
  uart_putu(obstacle_seen());
  uart_eol();
}

static void handle_line(char *line) {
  char *tokens[MAX_TOKENS];
  uint8_t count = 0;
  char *cursor = line;
  while (*cursor) {
    while (*cursor == ' ') *cursor++ = '\0';
    if (!*cursor) break;
    if (count == MAX_TOKENS) {
      reply_err(-1, "syntax");
      return;
    }
    tokens[count++] = cursor;
    while (*cursor && *cursor != ' ') cursor++;
  }
  if (count == 0) return;
  last_line_ms = millis();
  const char *word = tokens[0];
  if (strcmp(word, "HELLO") == 0) command_hello(tokens, count);
  else if (strcmp(word, "PING") == 0) {
    if (count == 1) uart_puts("PONG\r\n");
    else reply_err(-1, "syntax");
  } else if (strcmp(word, "STOP") == 0) {
    halt("stopped");
    uart_puts("STOPPED\r\n");
  } else if (strcmp(word, "M") == 0) command_move(tokens, count);
  else if (strcmp(word, "TONE") == 0) command_tone(tokens, count);
  else if (strcmp(word, "LED") == 0) command_led(tokens, count);
  else if (strcmp(word, "READ") == 0) command_read(tokens, count);
  else reply_err(-1, "unknown");
}

/* ---- line assembly: CR ignored, LF ends a line, garbage and long lines dropped whole ---- */

static char line[MAX_LINE + 1];
static uint8_t line_length;
static uint8_t line_garbage, line_too_long;

static void receive_byte(uint8_t byte) {
  if (byte == '\r') return;
  if (byte == '\n') {
    if (line_too_long) reply_err(-1, "toolong");
    else if (line_garbage) reply_err(-1, "syntax");
    else if (line_length) {
      line[line_length] = '\0';
      handle_line(line);
    }
    line_length = 0;
    line_garbage = 0;
    line_too_long = 0;
    return;
  }
  if (byte < 0x20 || byte > 0x7e) line_garbage = 1;
  if (line_length < MAX_LINE) line[line_length++] = (char)byte;
  else line_too_long = 1;
}

/* ---- main loop ---- */

static void tick(void) {
  if (running == IDLE) return;
  uint32_t now = millis();
  if ((int32_t)(now - running_until) >= 0) {
    uint16_t id = running_id;
    halt(0);
    reply_id("DONE", id);
    uart_eol();
  } else if (now - last_line_ms >= WATCHDOG_MS) {
    halt("watchdog");
    uart_puts("EVT watchdog\r\n");
  }
}

int main(void) {
  MCUSR = 0;
  wdt_disable();
  hardware_init();
  uart_init();
  sei();
  wdt_enable(WDTO_250MS);
  uart_puts("EVT boot\r\n");
  for (;;) {
    wdt_reset();
    int16_t byte;
    while ((byte = uart_read()) >= 0) receive_byte((uint8_t)byte);
    tick();
  }
}
