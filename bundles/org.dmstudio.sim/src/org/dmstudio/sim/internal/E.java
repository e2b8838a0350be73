package org.dmstudio.sim.internal;

/** The errno values (positive, as in include/uapi/asm-generic/errno*.h); kernel functions return them negated. */
final class E {
	static final int EPERM = 1, ENOENT = 2, EIO = 5, ENXIO = 6, EAGAIN = 11, ENOMEM = 12, EACCES = 13, EBUSY = 16,
			ENODEV = 19, EINVAL = 22, ENOSPC = 28, ENOSYS = 38, ETIMEDOUT = 110, EINPROGRESS = 115, ECANCELED = 125,
			EPROBE_DEFER = 517;

	private E() {
	}
}
