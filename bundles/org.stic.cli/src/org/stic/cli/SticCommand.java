package org.stic.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code stic} command. Each sub-command is a class of its own, listed in {@code subcommands}
 * (planned: {@code validate}, {@code render}, {@code report}, {@code new}); a sub-command returns its exit code
 * from {@code call()} and prints through {@code spec.commandLine().getOut()/getErr()}, never System.out.
 */
@Command(name = "stic",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "STIC Workbench command line: works on business models of sectoral and territorial"
                + " innovative clusters without opening the workbench.",
        footer = {"", "Run './stic' without arguments to open the STIC Workbench."},
        subcommands = {
                HelpCommand.class,
                ValidateCommand.class,
                AnalyzeCommand.class,
                RenderCommand.class,
                ReportCommand.class,
                NewCommand.class,
                MetamodelDocCommand.class,
        })
public class SticCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Reached only when no sub-command was given: that is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }
}
