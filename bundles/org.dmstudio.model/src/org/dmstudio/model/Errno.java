package org.dmstudio.model;

import java.util.Locale;

/**
 * The errno values the driver model deals in, from include/uapi/asm-generic/errno-base.h,
 * errno.h and include/linux/errno.h (kernel-internal codes such as EPROBE_DEFER).
 * Kernel functions return them negated; {@link #name(int)} prints them as dmesg's %pe does.
 */
public enum Errno {
	EPERM(1), ENOENT(2), EINTR(4), EIO(5), ENXIO(6), EAGAIN(11), ENOMEM(12), EACCES(13), EFAULT(14),
	EBUSY(16), EEXIST(17), ENODEV(19), EINVAL(22), ENOSPC(28), ERANGE(34), ENODATA(61), ETIMEDOUT(110),
	EINPROGRESS(115), ECANCELED(125), EPROBE_DEFER(517), ENOTSUPP(524);

	private final int value;

	Errno(int value) {
		this.value = value;
	}

	/** The positive errno value. */
	public int value() {
		return value;
	}

	/** The negated value a kernel function returns. */
	public int negative() {
		return -value;
	}

	/** "-EPROBE_DEFER" for -517, "0" for 0, "-999" for an unknown code. */
	public static String name(int ret) {
		if (ret == 0) {
			return "0";
		}
		Errno errno = of(Math.abs(ret));
		String sign = ret < 0 ? "-" : "";
		return errno == null ? Integer.toString(ret) : sign + errno.name();
	}

	/** The errno with this positive value, or null. */
	public static Errno of(int value) {
		for (Errno errno : values()) {
			if (errno.value == value) {
				return errno;
			}
		}
		return null;
	}

	/** Parses "-EINVAL", "EINVAL", "-22" or "22" (as -22); throws on anything else. */
	public static int parse(String text) {
		String s = text.trim();
		boolean negative = s.startsWith("-");
		String body = negative ? s.substring(1) : s;
		if (!body.isEmpty() && body.chars().allMatch(Character::isDigit)) {
			return -Integer.parseInt(body);
		}
		try {
			return Errno.valueOf(body.toUpperCase(Locale.ROOT)).negative();
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not an errno: " + text, e);
		}
	}
}
