package org.dmstudio.sim;

import org.dmstudio.model.Errno;

/**
 * How a state slot's value is printed: the slot holds a long, the kernel field it mirrors may be
 * an errno, an enum such as {@code enum rpm_status}, a flag set or a device reference.
 */
public enum StateField {
	INT, BOOL, ERRNO, TIME_NS, RPM_STATUS, RPM_REQUEST, LINK_STATE, LINK_FLAGS, DEV_LINKS_STATUS, PROBE_STATE, DEFERRED_LIST,
	GENPD_STATUS, JOB_STATE, TASK_STATE, DEVICE_REF, STRING;

	static final String[] RPM = { "RPM_ACTIVE", "RPM_RESUMING", "RPM_SUSPENDED", "RPM_SUSPENDING" };
	static final String[] REQUEST = { "RPM_REQ_NONE", "RPM_REQ_IDLE", "RPM_REQ_SUSPEND", "RPM_REQ_AUTOSUSPEND", "RPM_REQ_RESUME" };
	static final String[] LINK = { "DL_STATE_DORMANT", "DL_STATE_AVAILABLE", "DL_STATE_CONSUMER_PROBE", "DL_STATE_ACTIVE",
			"DL_STATE_SUPPLIER_UNBIND" };
	static final String[] DEV_LINKS = { "DL_DEV_NO_DRIVER", "DL_DEV_PROBING", "DL_DEV_DRIVER_BOUND", "DL_DEV_UNBINDING" };
	static final String[] PROBE = { "NONE", "PROBING", "DEFERRED", "BOUND", "FAILED" };
	static final String[] LIST = { "-", "deferred_probe_pending_list", "deferred_probe_active_list" };
	static final String[] JOB = { "NONE", "INITIALIZED", "ARMED", "QUEUED", "RUNNING", "DONE", "FREED", "CLEANED_UP" };
	static final String[] TASK = { "PENDING", "SUBMITTED", "DONE", "CANCELLED", "HUNG" };
	static final String[] FLAGS = { "STATELESS", "AUTOREMOVE_CONSUMER", "PM_RUNTIME", "RPM_ACTIVE", "AUTOREMOVE_SUPPLIER",
			"AUTOPROBE_CONSUMER", "MANAGED", "SYNC_STATE_ONLY", "INFERRED", "CYCLE" };

	/** The value as the kernel would name it; {@code names} resolves device references and strings. */
	public String format(long value, java.util.function.LongFunction<String> names) {
		return switch (this) {
		case BOOL -> value != 0 ? "true" : "false";
		case ERRNO -> Errno.name((int) value);
		case TIME_NS -> Long.toString(value);
		case RPM_STATUS -> pick(RPM, value);
		case RPM_REQUEST -> pick(REQUEST, value);
		case LINK_STATE -> value < 0 ? "DL_STATE_NONE" : pick(LINK, value);
		case DEV_LINKS_STATUS -> pick(DEV_LINKS, value);
		case PROBE_STATE -> pick(PROBE, value);
		case DEFERRED_LIST -> pick(LIST, value);
		case GENPD_STATUS -> value != 0 ? "GENPD_STATE_ON" : "GENPD_STATE_OFF";
		case JOB_STATE -> pick(JOB, value);
		case TASK_STATE -> pick(TASK, value);
		case LINK_FLAGS -> flags(value);
		case DEVICE_REF, STRING -> value == 0 ? "NULL" : names.apply(value);
		case INT -> Long.toString(value);
		};
	}

	private static String pick(String[] names, long value) {
		return value >= 0 && value < names.length ? names[(int) value] : Long.toString(value);
	}

	private static String flags(long value) {
		StringBuilder b = new StringBuilder();
		for (int bit = 0; bit < FLAGS.length; bit++) {
			if ((value & (1L << bit)) != 0) {
				b.append(b.isEmpty() ? "" : "|").append(FLAGS[bit]);
			}
		}
		return b.isEmpty() ? "0" : b.toString();
	}
}
