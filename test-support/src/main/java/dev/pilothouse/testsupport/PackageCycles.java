package dev.pilothouse.testsupport;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The package cycles of one module, as groups of packages that all reach each other (strongly connected
 * components), named relative to the module's root package ({@code ""} is the root itself). A module that still has
 * cycles pins them with {@link #of} in its architecture test: a new cycle, or a package drawn into an old one, fails
 * the build, and breaking one makes the pinned list shrink with it.
 */
public final class PackageCycles {

    private PackageCycles() {}

    public static Set<Set<String>> of(JavaClasses classes, String rootPackage) {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass javaClass : classes) {
            String from = relative(javaClass.getPackageName(), rootPackage);
            if (from == null) {
                continue;
            }
            Set<String> targets = edges.computeIfAbsent(from, key -> new TreeSet<>());
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String to = relative(dependency.getTargetClass().getPackageName(), rootPackage);
                if (to != null && !to.equals(from)) {
                    targets.add(to);
                    edges.computeIfAbsent(to, key -> new TreeSet<>());
                }
            }
        }
        return new Tarjan(edges).components();
    }

    private static String relative(String packageName, String rootPackage) {
        if (packageName.equals(rootPackage)) {
            return "";
        }
        return packageName.startsWith(rootPackage + ".") ? packageName.substring(rootPackage.length() + 1) : null;
    }

    /** Tarjan's strongly connected components; only components of two or more packages are cycles. */
    private static final class Tarjan {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final Set<Set<String>> components = new java.util.LinkedHashSet<>();
        private int counter;

        Tarjan(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        Set<Set<String>> components() {
            edges.keySet().forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return components;
        }

        private void visit(String node) {
            index.put(node, counter);
            low.put(node, counter++);
            stack.push(node);
            onStack.add(node);
            for (String next : edges.get(node)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    components.add(component);
                }
            }
        }
    }
}
