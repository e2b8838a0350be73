/* Test bindings; an apostrophe in a comment is fine: it's */
#ifndef _DT_BINDINGS_TEST_H
#define _DT_BINDINGS_TEST_H

#define IRQ_TYPE_LEVEL_HIGH	4
#define GIC_SPI			0
#define PIN(bank, pin)		((bank) * 32 + (pin))
#define PASTE(a, b)		a##b
#define STR(x)			#x
#define XSTR(x)			STR(x)
#define TWICE(x)		(2 * (x))
#define NESTED(x)		TWICE(PIN(x, 1))
#define LONG_MACRO(a, b) \
	((a) << 8 | \
	 (b))
#define EMPTY
#define VERSION			3

#endif
