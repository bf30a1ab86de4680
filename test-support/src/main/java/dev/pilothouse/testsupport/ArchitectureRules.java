package dev.pilothouse.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Map;
import java.util.Set;

/**
 * The layering rules of docs/architecture.md, shared so every headless kit checks the same ones.
 */
public final class ArchitectureRules {

    /** Kits are shared by the JavaFX and the Vaadin console, so neither toolkit may leak into them. */
    public static final ArchRule HEADLESS = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.vaadin..", "org.springframework..")
            .because("kits are headless: both consoles share them, and Spring belongs to the web shell"
                    + " (docs/decisions/0002-headless-kits.md)");

    /**
     * The one class outside the runtime bridge allowed an HTTP client: the CLI's stdio bridge, which carries an
     * agent's MCP messages to a Pilothouse web console's {@code /mcp}, never to Harper.
     */
    static final String STDIO_BRIDGE = "dev.pilothouse.cli.agent.StdioBridge";

    /**
     * Only the runtime bridge talks to Harper (rule 3): no HTTP, WebSocket or MQTT client elsewhere. Applied to
     * every module but the bridge itself.
     */
    public static final ArchRule ONLY_THE_BRIDGE_TALKS_TO_HARPER = noClasses()
            .that()
            .resideOutsideOfPackage("dev.pilothouse.runtime..")
            .and()
            .doNotHaveFullyQualifiedName(STDIO_BRIDGE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..", "org.eclipse.paho..")
            .orShould()
            .callMethod(java.net.URL.class, "openConnection")
            .because("only runtime-bridge talks to Harper (docs/architecture.md, rule 3)");

    /**
     * A module's {@code ..internal..} packages are its own (ADR 0001): no class of the checked module may use
     * another module's internals. {@code rootPackage} is the checked module's root package.
     */
    public static ArchRule internalsStayHome(String rootPackage) {
        return noClasses()
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "reside in another module's ..internal.. package",
                        target -> target.getPackageName().startsWith("dev.pilothouse.")
                                && (target.getPackageName() + ".").contains(".internal.")
                                && !(target.getPackageName() + ".").startsWith(rootPackage + ".")))
                .because("internal packages are private to their module (docs/decisions/0001-java-baseline.md)");
    }

    /**
     * No two packages of a module depend on each other, directly or around a loop: each package can be read,
     * tested and moved with what it depends on and nothing that depends on it.
     */
    public static ArchRule noPackageCycles(String rootPackage) {
        return com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .assignedFrom(new PackageSlices(rootPackage))
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .because("package cycles make a module one lump (docs/architecture.md)");
    }

    /** Parser-generator types stay behind the converter, so the grammar can change without rippling. */
    public static final ArchRule ANTLR_STAYS_IN_PARSER = noClasses()
            .that()
            .resideOutsideOfPackage("..internal.parser..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.antlr..")
            .because("ANTLR types never leave the parser package (docs/decisions/0003-grammar-design.md)");

    /** Kits report through return values and loggers, never by printing. */
    public static final ArchRule NO_STANDARD_STREAMS =
            GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
                    "kits are libraries; only the CLI and the consoles talk to a terminal");

    /** java.util.logging is not our logging API. */
    public static final ArchRule NO_JUL = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    /**
     * The runtime-bridge calls that change what a Harper serves, by owner class and method name: a verified deploy
     * (and its restore) of {@code Deployer}, and the deploy, drop and file writes of {@code ComponentsApi}. By name,
     * since this module does not depend on the bridge.
     */
    static final Map<String, Set<String>> RUNTIME_CHANGES = Map.of(
            "dev.pilothouse.runtime.Deployer", Set.of("deploy", "restore"),
            "dev.pilothouse.runtime.ComponentsApi", Set.of("deploy", "drop", "setFile"));

    private static final DescribedPredicate<JavaAccess<?>> CHANGES_THE_RUNTIME = DescribedPredicate.describe(
            "Deployer.deploy/restore or ComponentsApi.deploy/drop/setFile",
            access -> RUNTIME_CHANGES
                    .getOrDefault(access.getTargetOwner().getName(), Set.of())
                    .contains(access.getName()));

    /**
     * Only the governed flow (proposal, approval, journal, audit) and the validation shadow change a runtime's app;
     * runtime-bridge itself implements these calls and is exempt. Catches calls and method references.
     */
    public static final ArchRule ONLY_GOVERNANCE_DEPLOYS = noClasses()
            .that()
            .resideOutsideOfPackages(
                    "dev.pilothouse.workspace.deploy..",
                    "dev.pilothouse.workspace.shadow..",
                    "dev.pilothouse.runtime..")
            .should()
            .accessTargetWhere(CHANGES_THE_RUNTIME)
            .because("every deploy goes through Governance.deploy, so it is proposed, approved, journalled and"
                    + " audited (docs/architecture.md, rule 8)");

    /**
     * The classes that take a Harper component name, by name (this module depends on neither): the gateway's view of
     * a workspace and the governed flow's deploy target.
     */
    static final Set<String> COMPONENT_TAKERS =
            Set.of("dev.pilothouse.agent.AgentWorkspace", "dev.pilothouse.workspace.deploy.HarperTarget");

    /**
     * A class that names a component takes the name from {@code AppName.of} (or the user's {@code --project}), never
     * from the workspace folder's {@code Path.getFileName()}: one folder is one component in every shell. By class,
     * since ArchUnit does not follow values; a class that needs a file name for something else moves it out.
     */
    public static final ArchRule COMPONENT_NAMES_COME_FROM_APP_NAME = componentNamesFromAppName(COMPONENT_TAKERS);

    static ArchRule componentNamesFromAppName(Set<String> takers) {
        return noClasses()
                .that(DescribedPredicate.describe(
                        "construct " + takers.stream().sorted().toList(),
                        c -> c.getConstructorCallsFromSelf().stream()
                                .anyMatch(call ->
                                        takers.contains(call.getTargetOwner().getName()))))
                .should()
                .callMethod(java.nio.file.Path.class, "getFileName")
                .because("the component name is AppName.of(workspace), the same in every shell (issue 22)");
    }

    /**
     * The classes that may construct a Jackson {@code ObjectMapper}: the workspace's {@code Json} for every kit and
     * shell above the bridge, and the three modules that cannot see it (the bridge, the plugin host, the bundled
     * plugins), one class each.
     */
    static final Set<String> JSON_MAPPER_HOMES = Set.of(
            "dev.pilothouse.workspace.Json",
            "dev.pilothouse.runtime.internal.HttpTransport",
            "dev.pilothouse.plugin.host.PluginTrust",
            "dev.pilothouse.plugin.bundled.openapi.OpenApiExporter");

    /** One JSON mapper policy (docs/architecture.md): mappers are built only in {@link #JSON_MAPPER_HOMES}. */
    public static final ArchRule ONE_JSON_POLICY = jsonMappersOnlyIn(
            JSON_MAPPER_HOMES,
            Set.of("com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.databind.json.JsonMapper"));

    /** No class but {@code homes} calls a constructor or {@code builder()} of {@code mappers} (or their subclasses). */
    static ArchRule jsonMappersOnlyIn(Set<String> homes, Set<String> mappers) {
        return noClasses()
                .that(DescribedPredicate.describe(
                        "are not " + homes.stream().sorted().toList(), c -> !homes.contains(c.getName())))
                .should()
                .accessTargetWhere(DescribedPredicate.describe(
                        "construct or build " + mappers.stream().sorted().toList(),
                        access -> (access.getName().equals("<init>")
                                        || access.getName().equals("builder"))
                                && mappers.stream()
                                        .anyMatch(m -> access.getTargetOwner()
                                                        .getName()
                                                        .equals(m)
                                                || access.getTargetOwner().isAssignableTo(m))))
                .because("one JSON policy: take the module's configured mapper (workspace Json) instead of"
                        + " configuring another (docs/architecture.md)");
    }

    /**
     * The methods that change the boundary directly, bypassing a change request, by owner class and method name
     * (ADR 0019): issuing an agent token at once, trusting a plugin jar, a web user's roles, saving the policy. They
     * stay public for test fixtures and for the one class that applies each approved request. By name, since this
     * module depends on none of their modules.
     */
    static final Map<String, Set<String>> DIRECT_BOUNDARY_CHANGES = Map.of(
            "dev.pilothouse.agent.auth.AgentRegistry", Set.of("add"),
            "dev.pilothouse.plugin.host.PluginTrust", Set.of("trust", "trustHash"),
            "dev.pilothouse.web.security.UserStore", Set.of("setRoles"),
            "dev.pilothouse.workspace.policy.PolicyStore", Set.of("save"));

    /**
     * The request-applying code: a {@code BoundaryChange} (it applies a request once approved, or at once for a
     * lone admin, flagged) and the plugin allow-list a {@code PluginTrustChange} applies through.
     */
    static final Set<String> REQUEST_APPLIERS = Set.of(
            "dev.pilothouse.workspace.requests.BoundaryChange",
            "dev.pilothouse.workspace.requests.PluginTrustChange$AllowList");

    /**
     * Only the class that applies an approved change request calls a method that changes the boundary directly;
     * the owner's own calls are its business. {@code methods}: owner class name to method names; {@code appliers}:
     * the types whose implementations may call them.
     */
    public static ArchRule onlyRequestsApply(Map<String, Set<String>> methods, Set<String> appliers) {
        DescribedPredicate<JavaAccess<?>> direct = DescribedPredicate.describe(
                "a direct boundary change " + methods,
                access -> methods.getOrDefault(access.getTargetOwner().getName(), Set.of())
                                .contains(access.getName())
                        && !access.getOriginOwner().equals(access.getTargetOwner())
                        && appliers.stream()
                                .noneMatch(a -> access.getOriginOwner().isAssignableTo(a)));
        return noClasses()
                .should()
                .accessTargetWhere(direct)
                .because("a boundary change (policy, agent tokens, roles, plugin trust) is a change request a second"
                        + " admin approves; only the kind that applies an approved request changes it"
                        + " (docs/decisions/0019-boundary-change-requests.md)");
    }

    /** {@link #onlyRequestsApply} for Pilothouse's direct boundary changes and their request appliers. */
    public static final ArchRule ONLY_REQUESTS_CHANGE_THE_BOUNDARY =
            onlyRequestsApply(DIRECT_BOUNDARY_CHANGES, REQUEST_APPLIERS);

    private ArchitectureRules() {}

    /** The production classes of one module, identified by its root package. */
    public static JavaClasses productionClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }
}
