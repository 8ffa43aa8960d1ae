package org.stic.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the STIC model and edit code from {@code stic.genmodel} into a scratch folder, then either checks that
 * the checked-in trees are identical ({@code check}) or replaces them ({@code generate}).
 * <p>
 * Generation always starts from empty projects because EMF's generator merges into existing files and never deletes
 * orphans: comparing a fresh generation is the only way to see drift, including files that should no longer exist.
 */
public final class EmfCodegen {

    private static final String MODEL_PROJECT = "org.stic.model";
    private static final String EDIT_PROJECT = "org.stic.model.edit";
    private static final String GENMODEL = "model/stic.genmodel";

    /** The paths, relative to a bundle, that the generator owns; everything else in the bundles is hand-written. */
    private static final Map<String, List<String>> GENERATED = Map.of(
            MODEL_PROJECT, List.of("src-gen", GENMODEL),
            EDIT_PROJECT, List.of("src-gen", "plugin.properties"));

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("check") || args[0].equals("generate"))) {
            System.err.println("usage: EmfCodegen check|generate <repository root>");
            System.exit(2);
        }
        boolean generate = args[0].equals("generate");
        Path bundles = Path.of(args[1]).toAbsolutePath().normalize().resolve("bundles");
        Path scratch = Files.createTempDirectory("stic-codegen");
        try {
            generateInto(bundles, scratch);
            List<String> drift = compare(bundles, scratch);
            if (drift.isEmpty()) {
                System.out.println("EMF code generation: checked-in code matches a fresh generation from " + GENMODEL);
            } else if (generate) {
                replace(bundles, scratch);
                System.out.println("EMF code generation: rewrote " + drift.size() + " file(s):");
                drift.forEach(d -> System.out.println("  " + d));
            } else {
                System.err.println("EMF code generation drift: " + drift.size()
                        + " file(s) differ from a fresh generation from " + GENMODEL + ":");
                drift.forEach(d -> System.err.println("  " + d));
                System.err.println("Regenerate with: ./mvnw -B -q -pl releng/org.stic.codegen verify -Dstic.codegen=generate");
                System.exit(1);
            }
        } finally {
            deleteTree(scratch);
        }
    }

    private static void generateInto(Path bundles, Path scratch) throws IOException {
        for (String project : GENERATED.keySet()) {
            Files.createDirectories(scratch.resolve(project));
            EcorePlugin.getPlatformResourceMap().put(project,
                    URI.createFileURI(scratch.resolve(project).toString()).appendSegment(""));
        }
        copyTree(bundles.resolve(MODEL_PROJECT).resolve("model"), scratch.resolve(MODEL_PROJECT).resolve("model"));

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // genmodels refer to Ecore's own genmodel; it lives inside the EMF ecore jar on our class path
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
                URI.createURI(EcorePlugin.INSTANCE.getBaseURL().toString()));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        Resource genResource = resourceSet.getResource(
                URI.createPlatformResourceURI(MODEL_PROJECT + "/" + GENMODEL, true), true);
        GenModel genModel = (GenModel) genResource.getContents().get(0);
        EcoreUtil.resolveAll(resourceSet);
        genModel.reconcile();
        // brings the genmodel in step with the .ecore: new classes and features get their Gen* counterparts
        List<EPackage> ePackages = new ArrayList<>();
        for (var genPackage : genModel.getGenPackages()) {
            ePackages.add(genPackage.getEcorePackage());
        }
        genModel.initialize(ePackages);
        Diagnostic valid = genModel.diagnose();
        failOnError("genmodel", valid);
        genResource.save(Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));

        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        failOnError("model code", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
        failOnError("edit code", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
    }

    private static void failOnError(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            System.err.println("EMF code generation failed (" + what + "): " + diagnostic);
            System.exit(1);
        }
    }

    /** Paths (relative to bundles/) of generator-owned files that differ, exist only in one tree, or are missing. */
    private static List<String> compare(Path bundles, Path scratch) throws IOException {
        TreeSet<String> drift = new TreeSet<>();
        for (var entry : GENERATED.entrySet()) {
            for (String owned : entry.getValue()) {
                Path fresh = scratch.resolve(entry.getKey()).resolve(owned);
                Path checkedIn = bundles.resolve(entry.getKey()).resolve(owned);
                TreeSet<Path> relative = new TreeSet<>();
                relative.addAll(filesUnder(fresh));
                relative.addAll(filesUnder(checkedIn));
                for (Path r : relative) {
                    Path a = r.toString().isEmpty() ? fresh : fresh.resolve(r);
                    Path b = r.toString().isEmpty() ? checkedIn : checkedIn.resolve(r);
                    if (!Files.isRegularFile(a) || !Files.isRegularFile(b) || Files.mismatch(a, b) != -1) {
                        drift.add(entry.getKey() + "/" + (r.toString().isEmpty() ? owned : owned + "/" + r));
                    }
                }
            }
        }
        return new ArrayList<>(drift);
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(Path.of(""));
        }
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).toList();
        }
    }

    private static void replace(Path bundles, Path scratch) throws IOException {
        for (var entry : GENERATED.entrySet()) {
            for (String owned : entry.getValue()) {
                Path target = bundles.resolve(entry.getKey()).resolve(owned);
                deleteTree(target);
                copyTree(scratch.resolve(entry.getKey()).resolve(owned), target);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private EmfCodegen() {
    }
}
