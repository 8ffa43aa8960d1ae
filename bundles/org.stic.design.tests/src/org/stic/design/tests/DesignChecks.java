package org.stic.design.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.stic.design.tests.AqlNavigation.Failure;
import org.stic.design.tests.AqlNavigation.Type;

/**
 * Structural checks of a loaded .odesign against Sirius's metamodels and the STIC metamodel, for everything that can
 * be checked without the Sirius runtime. Each check returns its problems (empty = passed), one readable line each,
 * naming the element by its path of mapping/tool names.
 */
final class DesignChecks {

    /**
     * Features that are required in Sirius's metamodels but that Sirius itself fills or defaults when it loads a
     * design, so EMF's Diagnostician flags them falsely on a file as Sirius's own editor writes it.
     */
    static final Set<String> FILLED_BY_SIRIUS = Set.of(
            // required but transient: Sirius attaches the system colour palette (environment:/viewpoint) at load
            "Group.systemColorsPalette");

    private final Resource design;
    private final EPackage domain;
    private final AqlNavigation aql;
    private final Map<EObject, Type> parentTypes = new HashMap<>();
    private final Map<EObject, Set<String>> checked = new IdentityHashMap<>();

    DesignChecks(Resource design, EPackage domain) {
        this.design = design;
        this.domain = domain;
        this.aql = new AqlNavigation(domain);
    }

    /** Load errors (with line:column) and references that do not resolve, in this file or to the files it names. */
    List<String> loadProblems() {
        List<String> problems = new ArrayList<>();
        for (Resource.Diagnostic error : design.getErrors()) {
            problems.add(position(error) + error.getMessage());
        }
        if (design.getContents().isEmpty()) {
            problems.add(design.getURI().lastSegment() + ": nothing loaded");
            return distinct(problems);
        }
        EcoreUtil.resolveAll(design.getResourceSet());
        for (Resource other : design.getResourceSet().getResources()) {
            for (Resource.Diagnostic error : other.getErrors()) {
                if (other != design) {
                    problems.add(other.getURI() + ": " + error.getMessage());
                }
            }
        }
        EcoreUtil.UnresolvedProxyCrossReferencer.find(design.getResourceSet()).forEach((proxy, settings) -> {
            for (EStructuralFeature.Setting setting : settings) {
                problems.add(path(setting.getEObject()) + "." + setting.getEStructuralFeature().getName()
                        + " names " + EcoreUtil.getURI(proxy) + ", which does not resolve");
            }
        });
        return distinct(problems);
    }

    /** EMF's Diagnostician on the whole file, except the features in {@link #FILLED_BY_SIRIUS}. */
    List<String> diagnosticProblems() {
        List<String> problems = new ArrayList<>();
        for (EObject root : design.getContents()) {
            collect(Diagnostician.INSTANCE.validate(root), problems);
        }
        return distinct(problems);
    }

    /** Every {@code domainClass}/{@code typeName} names a class of the STIC metamodel. */
    List<String> domainClassProblems() {
        List<String> problems = new ArrayList<>();
        design.getAllContents().forEachRemaining(o -> {
            for (EAttribute attribute : o.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType().getName().equals("TypeName") && o.eIsSet(attribute)) {
                    try {
                        aql.domainClass((String) o.eGet(attribute));
                    } catch (Failure e) {
                        problems.add(path(o) + "." + attribute.getName() + ": " + e.getMessage());
                    }
                }
            }
        });
        return distinct(problems);
    }

    /**
     * Every expression and every feature name in the file, typed on the class it is evaluated on; expressions the
     * walk does not reach are reported too, so nothing escapes the check.
     */
    List<String> expressionProblems() {
        List<String> problems = new ArrayList<>();
        checked.clear();
        for (EObject viewpoint : all(root(), "ownedViewpoints")) {
            for (EObject representation : all(viewpoint, "ownedRepresentations")) {
                diagram(representation, problems);
            }
        }
        design.getAllContents().forEachRemaining(o -> {
            for (EAttribute attribute : o.eClass().getEAllAttributes()) {
                String type = attribute.getEAttributeType().getName();
                if ((type.equals("InterpretedExpression") || type.equals("FeatureName")) && o.eIsSet(attribute)
                        && !checked.getOrDefault(o, Set.of()).contains(attribute.getName())) {
                    problems.add(path(o) + "." + attribute.getName() + " = '" + o.eGet(attribute)
                            + "' is not reached by the checks");
                }
            }
        });
        return distinct(problems);
    }

    /**
     * Every tool creates an element of a type its container can hold (and that its mapping then shows), every edge tool
     * sets the reference its edge draws, and every mapping has a creation tool in the palette.
     */
    List<String> toolProblems() {
        List<String> problems = new ArrayList<>();
        expressionProblems();
        Set<EObject> mappingsWithTool = new HashSet<>();
        for (EObject tool : tools()) {
            switch (tool.eClass().getName()) {
            case "NodeCreationDescription", "ContainerCreationDescription" -> {
                List<EObject> mappings = all(tool, tool.eClass().getName().startsWith("Node") ? "nodeMappings" : "containerMappings");
                mappingsWithTool.addAll(mappings);
                for (EObject mapping : mappings) {
                    nodeTool(tool, mapping, problems);
                }
            }
            case "EdgeCreationDescription" -> {
                List<EObject> mappings = all(tool, "edgeMappings");
                mappingsWithTool.addAll(mappings);
                for (EObject mapping : mappings) {
                    edgeTool(tool, mapping, problems);
                }
            }
            case "DirectEditLabel" -> {
                // checked with the mappings that use it (expressionProblems)
            }
            default -> problems.add(path(tool) + ": tool kind " + tool.eClass().getName() + " is outside the checks");
            }
        }
        design.getAllContents().forEachRemaining(o -> {
            // a container drawn for the diagram's own element (the cluster's goals region) has nothing to create
            if (isMapping(o) && !mappingsWithTool.contains(o) && !"var:self".equals(string(o, "semanticCandidatesExpression"))) {
                problems.add(path(o) + " has no creation tool in the palette");
            }
        });
        return distinct(problems);
    }

    /**
     * Every image the design names (workspace images, decoration images given as a literal path) is a file of the
     * bundle that ships the design: {@code exists} answers for a path inside that bundle.
     */
    List<String> imagePathProblems(String bundleId, Predicate<String> exists) {
        List<String> problems = new ArrayList<>();
        design.getAllContents().forEachRemaining(o -> {
            for (EAttribute attribute : o.eClass().getEAllAttributes()) {
                String type = attribute.getEAttributeType().getName();
                Object value = o.eIsSet(attribute) ? o.eGet(attribute) : null;
                if (value == null) {
                    continue;
                }
                String imagePath = null;
                if (type.equals("ImagePath")) {
                    imagePath = value.toString();
                } else if (attribute.getName().equals("imageExpression")) {
                    String text = value.toString().strip();
                    if (!text.matches("aql:'[^']*'")) {
                        problems.add(path(o) + ".imageExpression = '" + text + "' is not a literal path the checks can follow");
                        continue;
                    }
                    imagePath = text.substring(5, text.length() - 1);
                }
                if (imagePath != null) {
                    String prefix = "/" + bundleId + "/";
                    if (!imagePath.startsWith(prefix)) {
                        problems.add(path(o) + "." + attribute.getName() + " = " + imagePath + " is not in " + bundleId);
                    } else if (!exists.test(imagePath.substring(prefix.length()))) {
                        problems.add(path(o) + "." + attribute.getName() + " = " + imagePath + " is not in the built bundle");
                    }
                }
            }
        });
        return distinct(problems);
    }

    // ---- walking the design ------------------------------------------------------------------------------------------

    private void diagram(EObject diagram, List<String> problems) {
        Type self = domainType(diagram, "domainClass", problems);
        if (self == null) {
            return;
        }
        expression(diagram, "titleExpression", vars("self", self), null, problems);
        expression(diagram, "preconditionExpression", vars("self", self), null, problems);
        expression(diagram, "rootExpression", vars("self", self), null, problems);
        List<EObject> layers = new ArrayList<>(all(diagram, "additionalLayers"));
        EObject defaultLayer = one(diagram, "defaultLayer");
        if (defaultLayer != null) {
            layers.add(0, defaultLayer);
        }
        for (EObject layer : layers) {
            for (EObject mapping : children(layer, "containerMappings", "nodeMappings")) {
                nodeMapping(mapping, self, problems);
            }
            for (EObject mapping : all(layer, "edgeMappings")) {
                edgeMapping(mapping, self, problems);
            }
        }
        for (EObject layer : layers) {
            for (EObject tool : toolsOf(layer)) {
                toolExpressions(tool, problems);
            }
            EObject decorations = one(layer, "decorationDescriptionsSet");
            for (EObject decoration : decorations == null ? List.<EObject>of() : all(decorations, "decorationDescriptions")) {
                decoration(decoration, problems);
            }
        }
    }

    /** A decoration's expressions are evaluated on the elements of the mappings it decorates. */
    private void decoration(EObject decoration, List<String> problems) {
        if (!decoration.eClass().getName().equals("MappingBasedDecoration")) {
            problems.add(path(decoration) + ": decoration kind " + decoration.eClass().getName() + " is outside the checks");
            return;
        }
        for (EObject mapping : all(decoration, "mappings")) {
            Type self = elementType(mapping, problems);
            if (self != null) {
                expression(decoration, "preconditionExpression", vars("self", self), EcorePackage.Literals.EBOOLEAN, problems);
                expression(decoration, "imageExpression", vars("self", self), EcorePackage.Literals.ESTRING, problems);
                expression(decoration, "tooltipExpression", vars("self", self), EcorePackage.Literals.ESTRING, problems);
            }
        }
    }

    private void nodeMapping(EObject mapping, Type parent, List<String> problems) {
        parentTypes.put(mapping, parent);
        Type self = domainType(mapping, "domainClass", problems);
        if (self == null) {
            return;
        }
        expression(mapping, "semanticCandidatesExpression", vars("self", parent), self.classifier(), problems);
        expression(mapping, "preconditionExpression", vars("self", self, "container", parent), null, problems);
        expression(mapping, "semanticElements", vars("self", self), null, problems);
        styles(mapping, self, problems);
        for (EObject child : children(mapping, "subContainerMappings", "subNodeMappings", "borderedNodeMappings")) {
            nodeMapping(child, self, problems);
        }
    }

    private void edgeMapping(EObject mapping, Type diagramType, List<String> problems) {
        List<EObject> sources = all(mapping, "sourceMapping");
        List<EObject> targets = all(mapping, "targetMapping");
        if (sources.isEmpty() || targets.isEmpty()) {
            problems.add(path(mapping) + " has no source or no target mapping");
            return;
        }
        Type sourceType = elementType(sources.get(0), problems);
        Type targetType = elementType(targets.get(0), problems);
        if (sourceType == null || targetType == null) {
            return;
        }
        if (targets.size() > 1 && !Boolean.TRUE.equals(get(mapping, "useDomainElement"))) {
            // an edge to several mappings (an indicator measures any element): each must be what the finder yields
            Type found = expression(mapping, "targetFinderExpression", vars("self", sourceType), null, problems);
            for (EObject target : targets) {
                EClass drawn = classOf(target);
                if (found != null && drawn != null && !(found.classifier() instanceof EClass c && c.isSuperTypeOf(drawn))) {
                    problems.add(path(mapping) + " draws " + drawn.getName() + " where its target finder yields " + found);
                }
            }
            expression(mapping, "preconditionExpression", vars("self", sourceType, "source", sourceType, "target", targetType), null, problems);
            styles(mapping, sourceType, problems);
            return;
        }
        Type self;
        if (Boolean.TRUE.equals(get(mapping, "useDomainElement"))) {
            self = domainType(mapping, "domainClass", problems);
            if (self == null) {
                return;
            }
            expression(mapping, "semanticCandidatesExpression", vars("self", diagramType), self.classifier(), problems);
            expression(mapping, "sourceFinderExpression", vars("self", self), sourceType.classifier(), problems);
            expression(mapping, "targetFinderExpression", vars("self", self), targetType.classifier(), problems);
        } else {
            self = sourceType;
            if (string(mapping, "targetFinderExpression") == null) {
                problems.add(path(mapping) + " has no targetFinderExpression");
            }
            expression(mapping, "targetFinderExpression", vars("self", sourceType), targetType.classifier(), problems);
        }
        expression(mapping, "preconditionExpression", vars("self", self, "source", sourceType, "target", targetType), null, problems);
        styles(mapping, self, problems);
    }

    /** Styles and conditional styles are evaluated on the element the mapping draws. */
    private void styles(EObject mapping, Type self, List<String> problems) {
        for (EObject style : children(mapping, "style", "conditionnalStyles")) {
            everyExpression(style, vars("self", self), problems);
        }
        EObject edit = one(mapping, "labelDirectEdit");
        if (edit != null) {
            expression(edit, "inputLabelExpression", vars("self", self), null, problems);
            operations(one(edit, "initialOperation"), vars("self", self, "arg0", Type.one(EcorePackage.Literals.ESTRING)), new ArrayList<>(), problems);
        }
    }

    private void everyExpression(EObject root, Map<String, Type> variables, List<String> problems) {
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        for (EObject o : objects) {
            for (EAttribute attribute : o.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType().getName().equals("InterpretedExpression")) {
                    expression(o, attribute.getName(), variables, null, problems);
                }
            }
        }
    }

    private void toolExpressions(EObject tool, List<String> problems) {
        switch (tool.eClass().getName()) {
        case "NodeCreationDescription", "ContainerCreationDescription" -> {
            String feature = tool.eClass().getName().startsWith("Node") ? "nodeMappings" : "containerMappings";
            for (EObject mapping : all(tool, feature)) {
                Type container = parentTypes.get(mapping);
                if (container == null) {
                    problems.add(path(tool) + " creates views of " + path(mapping) + ", which no diagram shows");
                    continue;
                }
                Map<String, Type> variables = vars("self", container, "container", container);
                expression(tool, "precondition", variables, null, problems);
                operations(one(tool, "initialOperation"), variables, new ArrayList<>(), problems);
            }
        }
        case "EdgeCreationDescription" -> {
            for (EObject mapping : all(tool, "edgeMappings")) {
                Type source = elementType(first(mapping, "sourceMapping"), problems);
                Type target = elementType(first(mapping, "targetMapping"), problems);
                if (source != null && target != null) {
                    Map<String, Type> variables = vars("self", source, "source", source, "target", target);
                    expression(tool, "precondition", variables, null, problems);
                    operations(one(tool, "initialOperation"), variables, new ArrayList<>(), problems);
                }
            }
        }
        default -> {
            // DirectEditLabel: with each mapping that uses it (styles); other kinds: reported by toolProblems
        }
        }
    }

    /** An operation's effect on the model, as the tool checks need it. */
    private record Effect(String kind, EStructuralFeature feature, Type context, Type value, EObject operation) {
    }

    /** Walks model operations, typing each expression and feature name; records what they create and set. */
    private void operations(EObject holder, Map<String, Type> variables, List<Effect> effects, List<String> problems) {
        if (holder == null) {
            return;
        }
        for (EObject op : children(holder, "firstModelOperations", "subModelOperations")) {
            Map<String, Type> inner = new LinkedHashMap<>(variables);
            Type self = variables.get("self");
            switch (op.eClass().getName()) {
            case "ChangeContext" -> {
                Type target = expression(op, "browseExpression", variables, null, problems);
                if (target != null) {
                    if (target.many()) {
                        problems.add(path(op) + ": browses to a collection (" + target + ")");
                    }
                    inner.put("self", target.asOne());
                }
            }
            case "CreateInstance" -> {
                EStructuralFeature reference = feature(op, "referenceName", self, problems);
                String typeName = (String) get(op, "typeName");
                EClass created = null;
                try {
                    created = aql.domainClass(typeName);
                } catch (Failure e) {
                    problems.add(path(op) + ".typeName: " + e.getMessage());
                }
                if (reference != null && created != null) {
                    if (!(reference instanceof EReference ref) || !ref.isContainment()) {
                        problems.add(path(op) + ": " + reference.getName() + " is not a containment reference");
                    } else if (created.isAbstract() || !ref.getEReferenceType().isSuperTypeOf(created)) {
                        problems.add(path(op) + ": " + typeName + " cannot be held in " + self + "." + reference.getName());
                    }
                    effects.add(new Effect("create", reference, self, Type.one(created), op));
                }
                if (created != null) {
                    Object name = get(op, "variableName");
                    inner.put(name == null ? "instance" : (String) name, Type.one(created));
                    inner.put("self", Type.one(created));
                }
            }
            case "SetValue" -> {
                EStructuralFeature feature = feature(op, "featureName", self, problems);
                Type value = expression(op, "valueExpression", variables, feature == null ? null : feature.getEType(), problems);
                if (feature != null) {
                    effects.add(new Effect("set", feature, self, value, op));
                }
            }
            default -> problems.add(path(op) + ": operation " + op.eClass().getName() + " is outside the checks");
            }
            operations(op, inner, effects, problems);
        }
    }

    // ---- tool semantics ----------------------------------------------------------------------------------------------

    private void nodeTool(EObject tool, EObject mapping, List<String> problems) {
        Type container = parentTypes.get(mapping);
        EClass shown = classOf(mapping);
        if (container == null || shown == null) {
            return;
        }
        List<Effect> effects = new ArrayList<>();
        operations(one(tool, "initialOperation"), vars("self", container, "container", container), effects, new ArrayList<>());
        String shownThrough = AqlNavigation.lastNavigation(string(mapping, "semanticCandidatesExpression"));
        boolean creates = false;
        for (Effect effect : effects) {
            if (effect.kind().equals("create") && effect.value().classifier() instanceof EClass created
                    && shown.isSuperTypeOf(created)) {
                creates = true;
                if (!effect.feature().getName().equals(shownThrough)) {
                    problems.add(path(tool) + " puts the new " + created.getName() + " in " + effect.feature().getName()
                            + " but " + path(mapping) + " shows " + shownThrough);
                }
            }
        }
        if (!creates) {
            problems.add(path(tool) + " creates no " + shown.getName() + " for " + path(mapping));
        }
    }

    private void edgeTool(EObject tool, EObject mapping, List<String> problems) {
        Type source = elementType(first(mapping, "sourceMapping"), new ArrayList<>());
        Type target = elementType(first(mapping, "targetMapping"), new ArrayList<>());
        if (source == null || target == null) {
            return;
        }
        List<Effect> effects = new ArrayList<>();
        operations(one(tool, "initialOperation"), vars("self", source, "source", source, "target", target), effects, new ArrayList<>());
        if (Boolean.TRUE.equals(get(mapping, "useDomainElement"))) {
            EClass edgeClass = classOf(mapping);
            boolean creates = effects.stream().anyMatch(e -> e.kind().equals("create") && e.value().classifier() == edgeClass);
            if (!creates) {
                problems.add(path(tool) + " creates no " + (edgeClass == null ? "edge element" : edgeClass.getName()));
            }
            for (String finder : List.of("sourceFinderExpression", "targetFinderExpression")) {
                String feature = AqlNavigation.singleNavigation(string(mapping, finder));
                boolean sets = effects.stream().anyMatch(e -> e.kind().equals("set") && e.feature().getName().equals(feature)
                        && e.context().classifier() == edgeClass);
                if (!sets) {
                    problems.add(path(tool) + " does not set " + feature + ", which " + path(mapping) + " follows");
                }
            }
            return;
        }
        String finder = AqlNavigation.singleNavigation(string(mapping, "targetFinderExpression"));
        EStructuralFeature drawn = finder == null ? null : ((EClass) source.classifier()).getEStructuralFeature(finder);
        if (drawn == null) {
            problems.add(path(mapping) + ": its target finder is not a single reference, the tool cannot be checked");
            return;
        }
        EStructuralFeature opposite = drawn instanceof EReference ref ? ref.getEOpposite() : null;
        boolean sets = false;
        for (Effect effect : effects) {
            if (!effect.kind().equals("set")) {
                continue;
            }
            boolean forward = effect.feature() == drawn && effect.context().equals(source.asOne())
                    && target.asOne().equals(effect.value());
            boolean backward = effect.feature() == opposite && effect.context().equals(target.asOne())
                    && source.asOne().equals(effect.value());
            if (forward || backward) {
                sets = true;
            } else {
                problems.add(path(effect.operation()) + " sets " + effect.feature().getName() + " on " + effect.context()
                        + ", not the link " + path(mapping) + " draws (" + finder + ")");
            }
        }
        if (!sets) {
            problems.add(path(tool) + " does not create the link " + path(mapping) + " draws (" + finder + ")");
        }
    }

    // ---- typing helpers ----------------------------------------------------------------------------------------------

    /** Types {@code owner.attribute} (if set); checks the result conforms to {@code expected} when given. */
    private Type expression(EObject owner, String attribute, Map<String, Type> variables, EClassifier expected,
            List<String> problems) {
        String text = string(owner, attribute);
        markChecked(owner, attribute);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Type type = aql.type(text, variables);
            if (expected != null && !AqlNavigation.conforms(type, expected)) {
                problems.add(path(owner) + "." + attribute + " = '" + text + "' yields " + type + ", not "
                        + AqlNavigation.qualified(expected));
            }
            return type;
        } catch (Failure e) {
            problems.add(path(owner) + "." + attribute + " = '" + text + "': " + e.getMessage());
            return null;
        }
    }

    private EStructuralFeature feature(EObject op, String attribute, Type self, List<String> problems) {
        markChecked(op, attribute);
        String name = string(op, attribute);
        if (self == null || !(self.classifier() instanceof EClass eClass)) {
            problems.add(path(op) + "." + attribute + " = '" + name + "' on " + self + ", which has no features");
            return null;
        }
        EStructuralFeature feature = eClass.getEStructuralFeature(name);
        if (feature == null) {
            problems.add(path(op) + "." + attribute + ": feature '" + name + "' does not exist on " + AqlNavigation.qualified(eClass));
        }
        return feature;
    }

    private Type domainType(EObject o, String attribute, List<String> problems) {
        try {
            return Type.one(aql.domainClass(string(o, attribute)));
        } catch (Failure e) {
            problems.add(path(o) + "." + attribute + ": " + e.getMessage());
            return null;
        } catch (NullPointerException e) {
            problems.add(path(o) + "." + attribute + " is not set");
            return null;
        }
    }

    /** The semantic type of the elements a mapping draws (its domain class). */
    private Type elementType(EObject mapping, List<String> problems) {
        return mapping == null ? null : domainType(mapping, "domainClass", problems);
    }

    private EClass classOf(EObject mapping) {
        Type type = elementType(mapping, new ArrayList<>());
        return type == null ? null : (EClass) type.classifier();
    }

    // ---- EMF reflection helpers (the Sirius model is dynamic here) ----------------------------------------------------

    EObject root() {
        return design.getContents().get(0);
    }

    /** Every creation and editing tool of every layer of every diagram. */
    List<EObject> tools() {
        List<EObject> tools = new ArrayList<>();
        design.getAllContents().forEachRemaining(o -> {
            if (o.eClass().getName().equals("ToolSection")) {
                tools.addAll(all(o, "ownedTools"));
            }
        });
        return tools;
    }

    private List<EObject> toolsOf(EObject layer) {
        List<EObject> tools = new ArrayList<>();
        List<EObject> sections = new ArrayList<>(all(layer, "toolSections"));
        while (!sections.isEmpty()) {
            EObject section = sections.remove(0);
            tools.addAll(all(section, "ownedTools"));
            sections.addAll(all(section, "subSections"));
        }
        return tools;
    }

    static boolean isMapping(EObject o) {
        return List.of("NodeMapping", "ContainerMapping", "EdgeMapping").contains(o.eClass().getName());
    }

    static Object get(EObject o, String feature) {
        EStructuralFeature f = o.eClass().getEStructuralFeature(feature);
        if (f == null) {
            throw new IllegalArgumentException(o.eClass().getName() + " has no feature " + feature);
        }
        return o.eGet(f);
    }

    static String string(EObject o, String feature) {
        return (String) get(o, feature);
    }

    static EObject one(EObject o, String feature) {
        return (EObject) get(o, feature);
    }

    @SuppressWarnings("unchecked")
    static List<EObject> all(EObject o, String feature) {
        Object value = get(o, feature);
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? (List<EObject>) list : List.of((EObject) value);
    }

    private static EObject first(EObject o, String feature) {
        List<EObject> values = all(o, feature);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The values of those of {@code features} that {@code o}'s class has, in order. */
    private static List<EObject> children(EObject o, String... features) {
        List<EObject> result = new ArrayList<>();
        for (String feature : features) {
            if (o.eClass().getEStructuralFeature(feature) != null) {
                result.addAll(all(o, feature));
            }
        }
        return result;
    }

    private static Map<String, Type> vars(Object... namesAndTypes) {
        Map<String, Type> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            variables.put((String) namesAndTypes[i], (Type) namesAndTypes[i + 1]);
        }
        return variables;
    }

    private void markChecked(EObject o, String attribute) {
        checked.computeIfAbsent(o, k -> new HashSet<>()).add(attribute);
    }

    /** A readable path: the names of the element and its ancestors, or the containing feature where unnamed. */
    static String path(EObject o) {
        List<String> segments = new ArrayList<>();
        for (EObject e = o; e != null && e.eContainer() != null; e = e.eContainer()) {
            EStructuralFeature name = e.eClass().getEStructuralFeature("name");
            Object value = name == null ? null : e.eGet(name);
            segments.add(0, value != null ? value.toString() : e.eContainingFeature().getName());
        }
        return String.join("/", segments);
    }

    private static String position(Resource.Diagnostic error) {
        if (error instanceof XMIException x) {
            return x.getLocation() + ":" + x.getLine() + ":" + x.getColumn() + ": ";
        }
        return error.getLocation() + ":" + error.getLine() + ":" + error.getColumn() + ": ";
    }

    private static List<String> distinct(List<String> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING && !filledBySirius(diagnostic)) {
                problems.add(diagnostic.getMessage());
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }

    private static boolean filledBySirius(Diagnostic diagnostic) {
        for (Object datum : diagnostic.getData()) {
            if (datum instanceof EStructuralFeature feature
                    && FILLED_BY_SIRIUS.contains(feature.getEContainingClass().getName() + "." + feature.getName())) {
                return true;
            }
        }
        return false;
    }
}
