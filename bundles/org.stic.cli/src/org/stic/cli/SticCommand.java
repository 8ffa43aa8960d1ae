package org.stic.cli;

import java.util.concurrent.Callable;

import org.stic.model.edit.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;
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
        subcommands = {
                HelpCommand.class,
                ValidateCommand.class,
                AnalyzeCommand.class,
                RenderCommand.class,
                ReportCommand.class,
                NewCommand.class,
                MetamodelDocCommand.class,
                MigrateCommand.class,
                ImportCommand.class,
                ExportCommand.class,
        })
public class SticCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Parsed so that every command accepts it; its value is read before parsing ({@link Cli#language}). */
    @Option(names = "--lang", paramLabel = "ru|en", descriptionKey = "lang", scope = ScopeType.INHERIT,
            converter = LanguageConverter.class)
    Language lang;

    /** The language of this run: --lang, else the environment's (set by {@link Cli} before parsing). */
    Language language = Language.EN;

    /** "ru" or "en", or a usage error naming the languages the product speaks. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            Language l = Language.forCode(value);
            if (l == null || !l.code().equalsIgnoreCase(value.strip())) {
                throw new TypeConversionException(Messages.get(Language.fromEnvironment(System.getenv()), "lang.unknown",
                        value));
            }
            return l;
        }
    }

    /** Reached only when no sub-command was given: that is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.get(language, "missingCommand"));
    }
}
