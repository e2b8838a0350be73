package org.dmstudio.cli;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application {@code bin/dmstudio} starts: dispatches to a {@link Command}. */
public class DmStudioApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> list = args == null ? List.of() : Arrays.asList(args);
		int status = DmStudioCommands.dispatch(list, System.out, System.err);
		System.out.flush();
		return status;
	}

	@Override
	public void stop() {
	}
}
