package org.stic.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EParameter;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ocl.Environment;
import org.eclipse.ocl.types.OCLStandardLibrary;
import org.eclipse.ocl.EvaluationEnvironment;
import org.eclipse.ocl.EvaluationVisitor;
import org.eclipse.ocl.ecore.CallOperationAction;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.ecore.SendSignalAction;
import org.eclipse.ocl.expressions.BooleanLiteralExp;
import org.eclipse.ocl.expressions.CollectionKind;
import org.eclipse.ocl.expressions.EnumLiteralExp;
import org.eclipse.ocl.expressions.IfExp;
import org.eclipse.ocl.expressions.IntegerLiteralExp;
import org.eclipse.ocl.expressions.InvalidLiteralExp;
import org.eclipse.ocl.expressions.IteratorExp;
import org.eclipse.ocl.expressions.LetExp;
import org.eclipse.ocl.expressions.NullLiteralExp;
import org.eclipse.ocl.expressions.OCLExpression;
import org.eclipse.ocl.expressions.OperationCallExp;
import org.eclipse.ocl.expressions.PropertyCallExp;
import org.eclipse.ocl.expressions.StringLiteralExp;
import org.eclipse.ocl.expressions.TypeExp;
import org.eclipse.ocl.expressions.Variable;
import org.eclipse.ocl.expressions.VariableExp;
import org.eclipse.ocl.options.EvaluationOptions;
import org.eclipse.ocl.types.BagType;
import org.eclipse.ocl.types.CollectionType;
import org.eclipse.ocl.types.PrimitiveType;
import org.eclipse.ocl.types.SequenceType;
import org.eclipse.ocl.types.SetType;
import org.eclipse.ocl.util.CollectionUtil;
import org.eclipse.ocl.util.OCLStandardLibraryUtil;
import org.eclipse.ocl.util.ObjectUtil;
import org.eclipse.ocl.utilities.PredefinedType;

/**
 * A parsed classic OCL expression turned once into a tree of small Java closures, evaluated with classic OCL's
 * semantics (the Ecore binding's {@code EvaluationVisitorImpl}, lax null handling): {@code null} and
 * {@code invalid} propagate where OCL propagates them, {@code and}/{@code or}/{@code implies} short-circuit over
 * them as OCL does, collection results have OCL's collection kinds. The interpreter walks the AST through a
 * visitor, looks every variable up by name in a map, allocates a named result variable per iteration and checks
 * operation kinds on every call; the closures resolve all of that once.
 * <p>
 * What is compiled: variables, {@code let}, {@code if}, Boolean/Integer/String/null/invalid/enumeration literals,
 * type literals, navigation, {@code and or xor implies not = <> < > <= >=}, {@code oclIsUndefined oclIsInvalid
 * oclIsKindOf oclIsTypeOf oclAsType}, String and collection {@code size}, {@code isEmpty notEmpty includes
 * excludes} and the iterators {@code exists forAll select reject collect isUnique any one} with one iterator
 * variable. Any other node (and any value a compiled node does not expect, such as an unusual number type) is
 * evaluated by OCL's own interpreter, with the variables in scope bound in its environment. CompiledOclTest checks
 * the closures against the interpreter.
 */
final class CompiledOcl {

    /** The interpreter state the closures share: evaluation environment, visitor and variable slots. */
    static final class Frame {
        final EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> env;
        final EvaluationVisitor<?, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter, EObject,
                CallOperationAction, SendSignalAction, Constraint, EClass, EObject> visitor;
        final Object[] slots;
        final Object invalid;

        Frame(EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> env,
                EvaluationVisitor<?, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter, EObject,
                        CallOperationAction, SendSignalAction, Constraint, EClass, EObject> visitor,
                int size, Object invalid) {
            this.env = env;
            this.visitor = visitor;
            this.slots = new Object[size];
            this.invalid = invalid;
        }
    }

    /** OCL's safeVisitExpression: an exception while evaluating makes the value invalid. */
    static Object safely(Node n, Frame f) {
        try {
            return n.eval(f);
        } catch (RuntimeException e) {
            return f.invalid;
        }
    }

    /** One compiled node. */
    @FunctionalInterface
    interface Node {
        Object eval(Frame f);
    }

    private final Node root;
    private final int slots;
    private final int interpretedNodes;
    private final Object invalid;

    private CompiledOcl(Node root, int slots, int interpretedNodes, Object invalid) {
        this.root = root;
        this.slots = slots;
        this.interpretedNodes = interpretedNodes;
        this.invalid = invalid;
    }

    /**
     * Compiles the body of an expression whose context variable is {@code self}; {@code ocl} is the OCL that parsed
     * it (its standard library gives {@code invalid}, its factory the visitor that decides what OCL inlines).
     */
    static CompiledOcl compile(OCL ocl, OCLExpression<EClassifier> body) {
        EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> env =
                ocl.getEnvironment().getFactory().createEvaluationEnvironment();
        EvaluationVisitor<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> visitor =
                ocl.getEnvironment().getFactory().createEvaluationVisitor(ocl.getEnvironment(), env, Map.of());
        // the closures follow OCL's default options: lax null handling, no dynamic dispatch, any() without a match null
        boolean defaults = EvaluationOptions.getValue(env, EvaluationOptions.LAX_NULL_HANDLING)
                && !EvaluationOptions.getValue(env, EvaluationOptions.DYNAMIC_DISPATCH)
                && !EvaluationOptions.getValue(env, EvaluationOptions.ANY_LESS_IS_INVALID);
        Compiler c = new Compiler(ocl.getEnvironment().getOCLStandardLibrary(),
                defaults && visitor instanceof FastEvaluation.Visitor v ? v : null);
        Node root = c.compile(body);
        return new CompiledOcl(root, c.nextSlot, c.interpreted, c.invalid);
    }

    /** A frame for evaluating this expression with {@code visitor} over {@code env} (not shared between threads). */
    Frame newFrame(EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> env,
            EvaluationVisitor<?, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter, EObject,
                    CallOperationAction, SendSignalAction, Constraint, EClass, EObject> visitor) {
        return new Frame(env, visitor, slots, invalid);
    }

    /**
     * The expression's value for {@code self}: what OCL's {@code EvaluationVisitor.visitExpression} returns (an
     * exception thrown while evaluating makes it {@code invalid}).
     */
    Object evaluate(Frame f, Object self) {
        f.slots[0] = self;
        return safely(root, f);
    }

    /** How many nodes are left to the interpreter (0: the whole expression is compiled). */
    int interpretedNodes() {
        return interpretedNodes;
    }

    private static final class Compiler {
        private final OCLStandardLibrary<EClassifier> stdlib;
        private final Object invalid;
        /**
         * Null when OCL is not ours or runs with other options than the closures follow: then navigation, operations
         * and iterators are left to the interpreter (let, if and literals mean the same under any option).
         */
        private final FastEvaluation.Visitor inliner;
        /** Variables in scope, by declaration, with their slots; slot 0 is self. */
        private final Map<Variable<EClassifier, EParameter>, Integer> scope = new IdentityHashMap<>();
        private int nextSlot = 1;
        private int interpreted;

        Compiler(OCLStandardLibrary<EClassifier> stdlib, FastEvaluation.Visitor inliner) {
            this.stdlib = stdlib;
            this.invalid = stdlib.getInvalid();
            this.inliner = inliner;
        }

        /** A number that ObjectUtil.equal does not compare by value without OCL's widening first. */
        private static boolean unusualNumber(Object v) {
            return v instanceof Number && !(v instanceof Integer || v instanceof Long || v instanceof Double);
        }

        private boolean undefined(Object v) {
            return v == null || v == invalid;
        }

        @SuppressWarnings("unchecked")
        Node compile(OCLExpression<EClassifier> e) {
            Node n = null;
            if (e instanceof VariableExp<?, ?> v) {
                n = variable((Variable<EClassifier, EParameter>) v.getReferredVariable());
            } else if (e instanceof PropertyCallExp<?, ?> p) {
                n = property((PropertyCallExp<EClassifier, EStructuralFeature>) p, false);
            } else if (e instanceof OperationCallExp<?, ?> o) {
                n = operation((OperationCallExp<EClassifier, EOperation>) o);
            } else if (e instanceof IteratorExp<?, ?> i) {
                n = iterator((IteratorExp<EClassifier, EParameter>) i, false);
            } else if (e instanceof IfExp<?> i) {
                n = ifExp((IfExp<EClassifier>) i);
            } else if (e instanceof LetExp<?, ?> l) {
                n = let((LetExp<EClassifier, EParameter>) l);
            } else if (e instanceof BooleanLiteralExp<?> b) {
                n = constant(b.getBooleanSymbol());
            } else if (e instanceof StringLiteralExp<?> s) {
                n = constant(s.getStringSymbol());
            } else if (e instanceof IntegerLiteralExp<?> i && i.getLongSymbol() != null) {
                long value = i.getLongSymbol();
                // OCL's coerceNumber: an Integer when it fits
                n = constant(value == (int) value ? (Object) Integer.valueOf((int) value) : (Object) Long.valueOf(value));
            } else if (e instanceof NullLiteralExp<?>) {
                n = constant(null);
            } else if (e instanceof InvalidLiteralExp<?>) {
                n = constant(invalid);
            } else if (e instanceof EnumLiteralExp<?, ?> l && l.getReferredEnumLiteral() instanceof EEnumLiteral literal) {
                // the Ecore evaluation environment's enumeration value
                n = constant(literal.getInstance());
            } else if (e instanceof TypeExp<?> t) {
                n = constant(t.getReferredType());
            }
            return n != null ? n : interpreted(e);
        }

        private static Node constant(Object value) {
            return f -> value;
        }

        private Node variable(Variable<EClassifier, EParameter> v) {
            Integer slot = slot(v);
            if (slot == null) {
                return null;
            }
            int s = slot;
            return f -> f.slots[s];
        }

        /** The slot of a variable in scope (self: 0), null for one the closures do not know. */
        private Integer slot(Variable<EClassifier, EParameter> v) {
            Integer slot = scope.get(v);
            return slot == null && Environment.SELF_VARIABLE_NAME.equals(v.getName()) ? Integer.valueOf(0) : slot;
        }

        /** A node left to the interpreter. */
        private Node interpreted(OCLExpression<EClassifier> e) {
            interpreted++;
            return fallback(e);
        }

        /** The interpreter evaluates {@code e}, with the compiled variables in scope bound by name. */
        private Node fallback(OCLExpression<EClassifier> e) {
            List<String> names = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            for (Map.Entry<Variable<EClassifier, EParameter>, Integer> v : scope.entrySet()) {
                names.add(v.getKey().getName());
                slots.add(v.getValue());
            }
            String[] n = names.toArray(String[]::new);
            int[] s = slots.stream().mapToInt(Integer::intValue).toArray();
            String self = Environment.SELF_VARIABLE_NAME;
            return f -> {
                f.env.replace(self, f.slots[0]);
                for (int i = 0; i < n.length; i++) {
                    f.env.replace(n[i], f.slots[s[i]]);
                }
                try {
                    return e.accept(f.visitor);
                } finally {
                    // the interpreter adds its own variables and refuses a name already bound
                    for (String name : n) {
                        f.env.remove(name);
                    }
                }
            };
        }

        /**
         * A collection-valued source that its consumer only reads (size, membership, iteration): a navigation there
         * may hand over EMF's list of an ordered set instead of OCL's copy.
         */
        @SuppressWarnings("unchecked")
        private Node readOnly(OCLExpression<EClassifier> e) {
            Node n = null;
            if (e instanceof PropertyCallExp<?, ?> p) {
                n = property((PropertyCallExp<EClassifier, EStructuralFeature>) p, true);
            } else if (e instanceof IteratorExp<?, ?> i) {
                n = iterator((IteratorExp<EClassifier, EParameter>) i, true);
            }
            return n != null ? n : compile(e);
        }

        private Node property(PropertyCallExp<EClassifier, EStructuralFeature> p, boolean view) {
            EStructuralFeature feature = p.getReferredProperty();
            if (inliner == null || feature == null || feature.isDerived() || FastEvaluation.definedInOcl(feature)
                    || !p.getQualifier().isEmpty()) {
                return null;
            }
            Object inv = invalid;
            FastEvaluation.Navigation navigation = new FastEvaluation.Navigation(feature);
            // a many-valued feature always yields a collection; a single value of a collection type is wrapped
            CollectionKind wrap = !feature.isMany() && p.getType() instanceof CollectionType<?, ?> t ? t.getKind() : null;
            if (p.getSource() instanceof VariableExp<?, ?> v) {
                // the common case, self.feature or x.feature: one closure instead of two
                @SuppressWarnings("unchecked")
                Integer slot = slot((Variable<EClassifier, EParameter>) v.getReferredVariable());
                if (slot != null) {
                    int s = slot;
                    return f -> {
                        Object context = f.slots[s];
                        return context == null || context == inv ? inv
                                : wrapped(wrap, navigation.navigate((FastEvaluation.FastEnvironment) f.env, context, view));
                    };
                }
            }
            Node source = compile(p.getSource());
            return f -> {
                Object context = source.eval(f);
                return context == null || context == inv ? inv
                        : wrapped(wrap, navigation.navigate((FastEvaluation.FastEnvironment) f.env, context, view));
            };
        }

        /** OCL makes a collection of a single value where the navigation's type is a collection. */
        private static Object wrapped(CollectionKind kind, Object value) {
            if (kind == null || value instanceof Collection<?>) {
                return value;
            }
            Collection<Object> c = CollectionUtil.createNewCollection(kind);
            c.add(value);
            return c;
        }

        private Node ifExp(IfExp<EClassifier> i) {
            Node condition = compile(i.getCondition());
            Node then = compile(i.getThenExpression());
            Node otherwise = compile(i.getElseExpression());
            Object inv = invalid;
            return f -> {
                Object c = condition.eval(f);
                if (c == null || c == inv) {
                    return inv;
                }
                return ((Boolean) c) ? then.eval(f) : otherwise.eval(f);
            };
        }

        private Node let(LetExp<EClassifier, EParameter> l) {
            Variable<EClassifier, EParameter> v = l.getVariable();
            Node init = v.getInitExpression() == null ? constant(null) : compile(v.getInitExpression());
            int slot = nextSlot++;
            scope.put(v, slot);
            Node in = compile(l.getIn());
            scope.remove(v);
            return f -> {
                f.slots[slot] = safely(init, f);
                return in.eval(f);
            };
        }

        private Node operation(OperationCallExp<EClassifier, EOperation> o) {
            int op = o.getOperationCode();
            if (inliner == null || !inliner.evaluatesInline(o.getReferredOperation(), op)) {
                return null;
            }
            EClassifier sourceType = o.getSource().getType();
            boolean predefinedSource = sourceType instanceof PrimitiveType<?> || sourceType instanceof CollectionType<?, ?>;
            List<OCLExpression<EClassifier>> args = o.getArgument();
            Object inv = invalid;
            switch (op) {
            case PredefinedType.EQUAL:
            case PredefinedType.NOT_EQUAL: {
                Node source = compile(o.getSource());
                Node arg = compile(args.get(0));
                boolean equal = op == PredefinedType.EQUAL;
                Node slow = fallback(o);
                return f -> {
                    Object s = safely(source, f);
                    if (s == inv) {
                        return inv;
                    }
                    Object a = safely(arg, f);
                    if (a == inv) {
                        return inv;
                    }
                    if (unusualNumber(s) || unusualNumber(a)) {
                        return slow.eval(f); // OCL first widens them
                    }
                    return ObjectUtil.equal(s, a) == equal;
                };
            }
            case PredefinedType.OCL_IS_UNDEFINED: {
                Node source = compile(o.getSource());
                return f -> undefined(safely(source, f));
            }
            case PredefinedType.OCL_IS_INVALID: {
                Node source = compile(o.getSource());
                return f -> safely(source, f) == inv;
            }
            case PredefinedType.NOT: {
                Node source = compile(o.getSource());
                return f -> {
                    Object s = safely(source, f);
                    return undefined(s) ? inv : !(Boolean) s;
                };
            }
            case PredefinedType.AND:
            case PredefinedType.OR:
            case PredefinedType.IMPLIES:
            case PredefinedType.XOR:
                return predefinedSource ? logic(o, op) : null;
            case PredefinedType.SIZE:
            case PredefinedType.IS_EMPTY:
            case PredefinedType.NOT_EMPTY:
                return predefinedSource && args.isEmpty() ? unary(o, op) : null;
            case PredefinedType.INCLUDES:
            case PredefinedType.EXCLUDES: {
                if (!(sourceType instanceof CollectionType<?, ?>)) {
                    return null;
                }
                boolean includes = op == PredefinedType.INCLUDES;
                return binary(readOnly(o.getSource()), compile(args.get(0)), (f, s, a) -> includes
                        ? CollectionUtil.includes((Collection<?>) s, a) : CollectionUtil.excludes((Collection<?>) s, a));
            }
            case PredefinedType.LESS_THAN:
            case PredefinedType.GREATER_THAN:
            case PredefinedType.LESS_THAN_EQUAL:
            case PredefinedType.GREATER_THAN_EQUAL:
                // UnlimitedNatural's * is an Integer -1 that compares as infinity: left to the interpreter
                return predefinedSource && sourceType != stdlib.getUnlimitedNatural()
                        && args.get(0).getType() != stdlib.getUnlimitedNatural() ? comparison(o, op) : null;
            case PredefinedType.OCL_IS_KIND_OF:
            case PredefinedType.OCL_IS_TYPE_OF:
            case PredefinedType.OCL_AS_TYPE:
                return sourceType instanceof EClass && args.get(0) instanceof TypeExp<?> t
                        && t.getReferredType() instanceof EClass target ? typeCheck(o, op, target) : null;
            default:
                return null;
            }
        }

        /** and, or, implies, xor on Booleans, as OCL's inline evaluation with lax null handling does them. */
        private Node logic(OperationCallExp<EClassifier, EOperation> o, int op) {
            Node source = compile(o.getSource());
            Node arg = compile(o.getArgument().get(0));
            Object inv = invalid;
            switch (op) {
            case PredefinedType.AND:
            case PredefinedType.OR: {
                // false decides an and, true an or, even beside null or invalid
                Boolean decisive = op == PredefinedType.OR;
                Boolean otherwise = !decisive;
                return f -> {
                    Object s = safely(source, f);
                    if (decisive.equals(s)) {
                        return decisive;
                    }
                    Object a = arg.eval(f);
                    if (decisive.equals(a)) {
                        return decisive;
                    }
                    return undefined(s) || undefined(a) ? inv : otherwise;
                };
            }
            case PredefinedType.IMPLIES:
                return f -> {
                    Object s = safely(source, f);
                    if (Boolean.FALSE.equals(s)) {
                        return true;
                    }
                    Object a = arg.eval(f);
                    if (Boolean.TRUE.equals(a)) {
                        return true;
                    }
                    return undefined(s) || undefined(a) ? inv : a;
                };
            default: // XOR
                return f -> {
                    Object s = safely(source, f);
                    Object a = arg.eval(f);
                    return undefined(s) || undefined(a) ? inv : (Boolean) s ^ (Boolean) a;
                };
            }
        }

        /** size (String or collection), isEmpty, notEmpty: invalid on an undefined source. */
        private Node unary(OperationCallExp<EClassifier, EOperation> o, int op) {
            Node source = readOnly(o.getSource());
            Object inv = invalid;
            boolean string = !(o.getSource().getType() instanceof CollectionType<?, ?>);
            if (op == PredefinedType.SIZE && string) {
                if (o.getSource().getType() != stdlib.getString()) {
                    return null;
                }
                return f -> {
                    Object s = safely(source, f);
                    return undefined(s) ? inv : (Object) ((String) s).length();
                };
            }
            if (string) {
                return null;
            }
            return f -> {
                Object s = safely(source, f);
                if (undefined(s)) {
                    return inv;
                }
                Collection<?> c = (Collection<?>) s;
                return switch (op) {
                case PredefinedType.SIZE -> (Object) c.size();
                case PredefinedType.IS_EMPTY -> c.isEmpty();
                default -> !c.isEmpty();
                };
            };
        }

        /**
         * The Boolean body of an iterator on element {@code x} (bound to the iterator's slot); null when the body is
         * null or invalid, which makes the whole iteration invalid.
         */
        private Boolean condition(Node body, int slot, Frame f, Object x) {
            f.slots[slot] = x;
            Object b = safely(body, f);
            return undefined(b) ? null : (Boolean) b;
        }

        /**
         * A binary operation of OCL's inline path: invalid when the source is undefined or the argument invalid
         * (both evaluated as OCL's safeVisitExpression does), else {@code op}.
         */
        private Node binary(Node source, Node arg, Binary op) {
            Object inv = invalid;
            return f -> {
                Object s = safely(source, f);
                if (undefined(s)) {
                    return inv;
                }
                Object a = safely(arg, f);
                return a == inv ? inv : op.apply(f, s, a);
            };
        }

        /** Integer or String comparisons; other operand types (Real, UnlimitedNatural) go to the interpreter. */
        private Node comparison(OperationCallExp<EClassifier, EOperation> o, int op) {
            Node slow = fallback(o);
            Object inv = invalid;
            return binary(compile(o.getSource()), compile(o.getArgument().get(0)), (f, s, a) -> {
                int cmp;
                if (s instanceof Integer x && a instanceof Integer y) {
                    cmp = Integer.compare(x, y);
                } else if (s instanceof String x && a instanceof String y) {
                    cmp = x.compareTo(y);
                } else if (s instanceof String && a == null) {
                    return inv;
                } else {
                    return slow.eval(f);
                }
                return switch (op) {
                case PredefinedType.LESS_THAN -> cmp < 0;
                case PredefinedType.GREATER_THAN -> cmp > 0;
                case PredefinedType.LESS_THAN_EQUAL -> cmp <= 0;
                default -> cmp >= 0;
                };
            });
        }

        /** oclIsKindOf, oclIsTypeOf, oclAsType of a model object; an undefined source goes to the interpreter. */
        private Node typeCheck(OperationCallExp<EClassifier, EOperation> o, int op, EClass target) {
            Node source = compile(o.getSource());
            Node slow = fallback(o);
            Object inv = invalid;
            return f -> {
                Object s = safely(source, f);
                if (!(s instanceof EObject object) || s == inv) {
                    return slow.eval(f);
                }
                return switch (op) {
                case PredefinedType.OCL_IS_KIND_OF -> target.isInstance(object);
                case PredefinedType.OCL_IS_TYPE_OF -> object.eClass() == target;
                default -> target.isInstance(object) ? object : inv;
                };
            };
        }

        /**
         * {@code view}: the result is only read, so select and reject may collect an ordered set into a list (their
         * source is an ordered set: its elements are unique and the list keeps their order).
         */
        private Node iterator(IteratorExp<EClassifier, EParameter> ie, boolean view) {
            if (ie.getIterator().size() != 1 || !(ie.getSource().getType() instanceof CollectionType<?, ?> type)) {
                return null;
            }
            int op = OCLStandardLibraryUtil.getOperationCode(ie.getName());
            if (inliner == null) {
                return null;
            }
            switch (op) {
            case PredefinedType.EXISTS, PredefinedType.FOR_ALL, PredefinedType.SELECT, PredefinedType.REJECT,
                    PredefinedType.COLLECT, PredefinedType.IS_UNIQUE, PredefinedType.ANY, PredefinedType.ONE:
                break;
            default:
                return null;
            }
            Node source = readOnly(ie.getSource());
            Variable<EClassifier, EParameter> v = ie.getIterator().get(0);
            int slot = nextSlot++;
            scope.put(v, slot);
            Node body = compile(ie.getBody());
            scope.remove(v);
            Object inv = invalid;
            Loop loop = switch (op) {
            case PredefinedType.EXISTS, PredefinedType.FOR_ALL -> {
                // a true body decides an exists, a false one a forAll; an undefined one first makes it invalid
                Boolean decisive = op == PredefinedType.EXISTS;
                Boolean otherwise = !decisive;
                yield (f, c) -> {
                    for (Object x : c) {
                        Boolean b = condition(body, slot, f, x);
                        if (b == null) {
                            return inv;
                        }
                        if (decisive.equals(b)) {
                            return decisive;
                        }
                    }
                    return otherwise;
                };
            }
            case PredefinedType.SELECT, PredefinedType.REJECT -> {
                boolean keep = op == PredefinedType.SELECT;
                CollectionKind kind = type instanceof SetType<?, ?> ? CollectionKind.SET_LITERAL
                        : type instanceof BagType<?, ?> ? CollectionKind.BAG_LITERAL
                        : type instanceof SequenceType<?, ?> ? CollectionKind.SEQUENCE_LITERAL
                        : CollectionKind.ORDERED_SET_LITERAL;
                boolean list = view && kind == CollectionKind.ORDERED_SET_LITERAL;
                yield (f, c) -> {
                    Collection<Object> result = list ? new ArrayList<>(c.size()) : CollectionUtil.createNewCollection(kind);
                    for (Object x : c) {
                        Boolean b = condition(body, slot, f, x);
                        if (b == null) {
                            return inv;
                        }
                        if (b == keep) {
                            result.add(x);
                        }
                    }
                    return result;
                };
            }
            case PredefinedType.COLLECT -> {
                CollectionKind kind = type instanceof SetType<?, ?> || type instanceof BagType<?, ?>
                        ? CollectionKind.BAG_LITERAL
                        : CollectionKind.SEQUENCE_LITERAL;
                yield (f, c) -> {
                    Collection<Object> result = CollectionUtil.createNewCollection(kind);
                    for (Object x : c) {
                        f.slots[slot] = x;
                        Object b = safely(body, f);
                        if (b == inv) {
                            return inv;
                        }
                        if (b instanceof Collection<?> values) {
                            result.addAll(CollectionUtil.flatten(values));
                        } else {
                            result.add(b);
                        }
                    }
                    return result;
                };
            }
            case PredefinedType.IS_UNIQUE -> (f, c) -> {
                Set<Object> seen = new HashSet<>(Math.max(16, (int) (c.size() / .75f) + 1));
                for (Object x : c) {
                    f.slots[slot] = x;
                    if (!seen.add(safely(body, f))) {
                        return false;
                    }
                }
                return true;
            };
            case PredefinedType.ANY -> (f, c) -> {
                for (Object x : c) {
                    Boolean b = condition(body, slot, f, x);
                    if (b == null) {
                        return inv;
                    }
                    if (b) {
                        return x;
                    }
                }
                return null; // OCL's default: no invalid when nothing matches
            };
            default -> (f, c) -> { // ONE
                boolean found = false;
                for (Object x : c) {
                    Boolean b = condition(body, slot, f, x);
                    if (b == null) {
                        return inv;
                    }
                    if (b) {
                        if (found) {
                            return false;
                        }
                        found = true;
                    }
                }
                return found;
            };
            };
            return f -> {
                Object s = source.eval(f);
                if (undefined(s)) {
                    return inv;
                }
                return loop.run(f, (Collection<?>) s);
            };
        }
    }

    /** A binary operation on a defined source and a valid argument. */
    @FunctionalInterface
    private interface Binary {
        Object apply(Frame f, Object source, Object arg);
    }

    /** The loop of one iterator over the (defined) source collection. */
    @FunctionalInterface
    private interface Loop {
        Object run(Frame f, Collection<?> source);
    }
}
