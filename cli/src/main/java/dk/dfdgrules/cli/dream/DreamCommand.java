package dk.dfdgrules.cli.dream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dfdg dream}: DREAM key figures and sample files. */
@Command(
    name = "dream",
    mixinStandardHelpOptions = true,
    description = {
      "DREAM (STAR's weekly benefit database): key figures of a DREAM file, and sample files.",
      "DREAM bør ikke anvendes til bestandsopgørelser / not for stock counts (FLIS-DREAM §2)."
    },
    subcommands = {KeyFiguresCommand.class, SampleCommand.class})
public final class DreamCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
