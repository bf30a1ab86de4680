package dev.pilothouse.desktop;

import dev.pilothouse.desktop.fx.FxThread;
import dev.pilothouse.desktop.service.AgentGatewayHost;
import dev.pilothouse.desktop.service.BackgroundExecutors;
import dev.pilothouse.desktop.service.DesktopPlugins;
import dev.pilothouse.desktop.service.ExportPaths;
import dev.pilothouse.desktop.service.FolderWatch;
import dev.pilothouse.desktop.service.HarperData;
import dev.pilothouse.desktop.service.HarperLive;
import dev.pilothouse.desktop.service.HarperLogs;
import dev.pilothouse.desktop.service.HarperMetrics;
import dev.pilothouse.desktop.service.HarperRuntime;
import dev.pilothouse.desktop.service.HarperTraffic;
import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.desktop.view.Dialogs;
import dev.pilothouse.desktop.view.GovernanceViews;
import dev.pilothouse.desktop.view.LoneAdminBanner;
import dev.pilothouse.desktop.view.MetricsView;
import dev.pilothouse.desktop.view.PluginsView;
import dev.pilothouse.desktop.view.SoloModeBanner;
import dev.pilothouse.desktop.view.Theme;
import dev.pilothouse.desktop.view.WorkbenchView;
import dev.pilothouse.desktop.viewmodel.AgentSurfaceViewModel;
import dev.pilothouse.desktop.viewmodel.BoundaryPort;
import dev.pilothouse.desktop.viewmodel.CommandPaletteViewModel;
import dev.pilothouse.desktop.viewmodel.DataBrowserViewModel;
import dev.pilothouse.desktop.viewmodel.DesignerViewModel;
import dev.pilothouse.desktop.viewmodel.FlowViewModel;
import dev.pilothouse.desktop.viewmodel.GatewayPort;
import dev.pilothouse.desktop.viewmodel.GatewayViewModel;
import dev.pilothouse.desktop.viewmodel.GovernedCalls;
import dev.pilothouse.desktop.viewmodel.HistoryViewModel;
import dev.pilothouse.desktop.viewmodel.LiveSource;
import dev.pilothouse.desktop.viewmodel.LiveViewModel;
import dev.pilothouse.desktop.viewmodel.LogsViewModel;
import dev.pilothouse.desktop.viewmodel.LoneAdminViewModel;
import dev.pilothouse.desktop.viewmodel.MetricsViewModel;
import dev.pilothouse.desktop.viewmodel.PinnedAuditKey;
import dev.pilothouse.desktop.viewmodel.PluginsViewModel;
import dev.pilothouse.desktop.viewmodel.ProtectionPort;
import dev.pilothouse.desktop.viewmodel.RequestsViewModel;
import dev.pilothouse.desktop.viewmodel.ReviewPort;
import dev.pilothouse.desktop.viewmodel.ReviewViewModel;
import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.desktop.viewmodel.RuntimeViewModel;
import dev.pilothouse.desktop.viewmodel.SoloModeViewModel;
import dev.pilothouse.desktop.viewmodel.TasksViewModel;
import dev.pilothouse.desktop.viewmodel.WorkbenchViewModel;
import dev.pilothouse.plugin.host.PluginSchemaRules;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.flow.FlowDiagram;
import dev.pilothouse.visualizer.flow.FlowModel;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.schema.DiffDiagram;
import dev.pilothouse.visualizer.schema.SchemaDiagram;
import dev.pilothouse.visualizer.topology.TopologyDiagram;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.proposal.Proposal;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The composition root: the only place that creates services, ViewModels and views and wires them together
 * (constructor injection everywhere else). Tests build it with their own {@link RuntimePort} and {@link LiveSource}.
 */
public final class Desktop implements AutoCloseable {

    private final DesktopOptions options;
    private final BackgroundExecutors executors = new BackgroundExecutors();
    private final TasksViewModel tasks;
    private final WorkbenchViewModel workbench;
    private final RuntimeViewModel runtime;
    private final DataBrowserViewModel data;
    private final LiveViewModel live;
    private final DesignerViewModel designer;
    private final FlowViewModel flow;
    private HarperTraffic traffic;
    private final CommandPaletteViewModel palette = new CommandPaletteViewModel();
    private final ReviewViewModel review;
    private final SoloModeViewModel solo;
    private final LoneAdminViewModel loneAdmin;
    private final HistoryViewModel history;
    private final LogsViewModel logs;
    private final MetricsViewModel metrics;
    private final GatewayViewModel gateway;
    private final WorkbenchView view;
    private final RequestsViewModel requests;
    private final AgentSurfaceViewModel agentSurface;
    private final ProposeActions proposals;
    private final DesktopPlugins plugins;
    private final PluginsViewModel pluginsView;
    private volatile boolean closed;
    private final Scene scene;
    private Theme theme;

    public Desktop(DesktopOptions options) {
        this(options, WorkspaceGovernance.home(System.getenv()));
    }

    private Desktop(DesktopOptions options, PilothouseHome home) {
        this(
                options,
                home,
                new HarperRuntime(
                        home,
                        options.workspace() == null ? Path.of("") : options.workspace(),
                        options.runtimeDir(),
                        HarperInstaller.forCurrentUser()));
    }

    private Desktop(DesktopOptions options, PilothouseHome home, HarperRuntime runtime) {
        this(options, runtime, WorkspaceGovernance.of(home, runtime));
    }

    private Desktop(DesktopOptions options, HarperRuntime runtime, WorkspaceGovernance governance) {
        this(options, runtime, null, governance, new AgentGatewayHost(governance, 0));
    }

    /** {@code liveSource} null means "the connected runtime's streams". */
    public Desktop(DesktopOptions options, RuntimePort runtimePort, LiveSource liveSource, ReviewPort review) {
        this(options, runtimePort, liveSource, review, GatewayPort.NONE);
    }

    /** With the agent gateway hosted on loopback through {@code gatewayPort} while the window is open. */
    public Desktop(
            DesktopOptions options,
            RuntimePort runtimePort,
            LiveSource liveSource,
            ReviewPort reviewPort,
            GatewayPort gatewayPort) {
        this.options = options;
        Executor ui = FxThread.executor();
        tasks = new TasksViewModel(executors.io(), ui);
        // plugins come with the workspace's governance; without it (tests, previews) editors use the built-in rules
        plugins = reviewPort instanceof WorkspaceGovernance wg ? wg.plugins() : null;
        workbench = new WorkbenchViewModel(
                plugins == null ? new LanguageService() : new LanguageService(new PluginSchemaRules(plugins::host)),
                executors.analysis(),
                ui,
                tasks,
                this::loadPlugins,
                new FolderWatch());
        runtime = new RuntimeViewModel(runtimePort, tasks, options.acceptHarperTerms(), this::project);
        // the workspace kit's masks for this OS account's human; tests and previews without governance see all
        ProtectionPort protection = reviewPort instanceof WorkspaceGovernance wg
                ? wg.protection(() -> workbench.workspaceProperty().get())
                : ProtectionPort.OPEN;
        data = new DataBrowserViewModel(tasks, ui, protection);
        LiveSource source = liveSource != null
                ? liveSource
                : new HarperLive(
                        () -> {
                            RuntimePort.Connection c =
                                    runtime.connectionProperty().get();
                            return c == null ? null : c.endpoint();
                        },
                        protection);
        DiagramAssembler assembler = new DiagramAssembler(new Layouter(executors.layout(), 16));
        flow = new FlowViewModel(
                FlowModel.withDefaults(),
                new FlowDiagram(assembler),
                new TopologyDiagram(assembler),
                executors.timers(),
                executors.layout(),
                ui);
        LiveSource counted = (spec, sink) -> source.open(spec, flow.counting(spec, sink));
        live = new LiveViewModel(counted, tasks, executors.timers(), ui, LiveViewModel.BATCH_LIMIT);
        runtime.connectionProperty().addListener((o, a, c) -> {
            data.connect(
                    c == null
                            ? null
                            : new HarperData(
                                    c.client(),
                                    c.endpoint(),
                                    () -> ExportPaths.in(
                                            workbench.workspaceProperty().get())));
            watchTraffic(c);
        });
        flow.start();
        designer = new DesignerViewModel(
                workbench.editors(), this::openSchema, new SchemaDiagram(assembler), executors.layout(), ui);
        view = new WorkbenchView(workbench, runtime, tasks, data, live, palette, () -> exportFile(), designer, flow);
        GovernedCalls calls = new GovernedCalls(
                reviewPort,
                tasks,
                executors.io(),
                ui,
                () -> workbench.workspaceProperty().get(),
                () -> runtime.connectionProperty().get(),
                this::project);
        review = new ReviewViewModel(calls, new DiffDiagram(assembler));
        history = new HistoryViewModel(calls, PinnedAuditKey.forCurrentUser());
        solo = new SoloModeViewModel(calls);
        SoloModeBanner.install(view, solo);
        loneAdmin = new LoneAdminViewModel(calls);
        LoneAdminBanner.install(view, loneAdmin);
        logs = new LogsViewModel(
                new HarperLogs(),
                () -> runtime.connectionProperty().get(),
                executors.io(),
                ui,
                java.time.Clock.systemUTC());
        metrics = new MetricsViewModel(
                new HarperMetrics(), () -> runtime.connectionProperty().get(), executors.io(), ui);
        MetricsView.install(view.node(), metrics);
        gateway = new GatewayViewModel(
                gatewayPort, tasks, () -> runtime.connectionProperty().get(), this::project);
        GovernanceViews.Tabs tabs = GovernanceViews.install(view, review, history, logs, gateway);
        // the console home's boundary for this OS account's human; tests and previews without governance have none
        BoundaryPort boundary = reviewPort instanceof WorkspaceGovernance wg ? wg.boundary() : BoundaryPort.NONE;
        requests = new RequestsViewModel(boundary, tasks, executors.io(), ui);
        agentSurface = new AgentSurfaceViewModel(boundary, calls, executors.io(), ui);
        GovernanceViews.BoundaryTabs boundaryTabs = GovernanceViews.installBoundary(view, requests, agentSurface);
        requests.messageProperty().addListener((o, a, b) -> loneAdmin.refresh()); // an acknowledgement lifts the banner
        pluginsView = new PluginsViewModel(plugins == null ? () -> null : plugins::host, workbench, executors.io(), ui);
        Runnable openPlugins = PluginsView.install(view, pluginsView);
        workbench.workspaceProperty().addListener((o, a, ws) -> pluginsView.refresh());
        wireGovernance(reviewPort != ReviewPort.NONE);
        scene = new Scene(view.node(), 1280, 800);
        theme = options.theme();
        theme.apply(scene);
        runtime.termsRequestedProperty().addListener((o, was, asked) -> {
            if (asked) {
                FxThread.later(this::askTerms); // not inside the property change: the dialog nests an event loop
            }
        });
        proposals = new ProposeActions(workbench, review, tabs.review(), this::window);
        new DesktopCommands(
                        palette,
                        scene,
                        view,
                        workbench,
                        runtime,
                        proposals,
                        new DesktopCommands.Panels(
                                tabs.history(), openPlugins, boundaryTabs.requests(), boundaryTabs.agentSurface()),
                        this::refreshGovernance,
                        this::toggleTheme)
                .register();
    }

    /** Opens the workspace and connects as the options say; called once the window shows. */
    public void start() {
        if (options.workspace() != null) {
            workbench.openWorkspace(options.workspace().toAbsolutePath());
        }
        if (options.attach() != null) {
            runtime.attach(
                    options.attach(),
                    new Credentials.Basic(
                            options.user() == null ? "admin" : options.user(),
                            options.password() == null ? "" : options.password()));
        } else if (options.startRuntime()) {
            runtime.startLocal();
        }
    }

    /** Proposals and history follow the open workspace; the gateway follows it and the runtime; logs the runtime. */
    private void wireGovernance(boolean governed) {
        Runnable reload = () -> {
            review.clear();
            history.clear();
            solo.clear();
            loneAdmin.clear();
            if (governed && workbench.workspaceProperty().get() != null) {
                refreshGovernance();
            }
        };
        review.changesProperty().addListener((o, a, b) -> history.refresh());
        review.liveProperty().addListener((o, a, tag) -> runtime.governedDeploy(tag, project()));
        review.liveProperty().addListener((o, a, tag) -> workbench.reloadUnmodified());
        workbench.workspaceProperty().addListener((o, a, ws) -> {
            reload.run();
            gateway.host(ws);
            live.suggestFrom(ExportPaths.in(ws));
        });
        runtime.connectionProperty().addListener((o, a, c) -> {
            logs.reset();
            gateway.host(workbench.workspaceProperty().get());
        });
        logs.start(executors.timers(), java.time.Duration.ofSeconds(3));
        metrics.start(executors.timers(), java.time.Duration.ofSeconds(2));
        if (governed) { // agents propose through the gateway or the CLI at any time: poll (reads are cheap)
            executors
                    .timers()
                    .scheduleWithFixedDelay(
                            () -> ui(() -> {
                                if (!closed && workbench.workspaceProperty().get() != null) {
                                    refreshGovernance();
                                    requests.refresh();
                                }
                            }),
                            5,
                            5,
                            java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Proposals, history and the two banners read again (the palette's "Refresh proposals and history"). */
    private void refreshGovernance() {
        review.refresh();
        history.refresh();
        solo.refresh();
        loneAdmin.refresh();
    }

    private static void ui(Runnable work) {
        FxThread.run(work);
    }

    private void askTerms() {
        if (Dialogs.acceptHarperTerms(window())) {
            runtime.acceptTermsAndStart();
        } else {
            runtime.declineTerms();
        }
    }

    /** Ctrl+Shift+D: deploys the approved proposal open in the Review tab, or asks why and proposes the changes. */
    public void proposeOrDeploy() {
        proposals.proposeOrDeploy();
    }

    /** Saves every open file and proposes the workspace's app files with {@code rationale} (the Review tab shows it). */
    public CompletableFuture<Proposal> proposeWorkspaceChanges(String rationale) {
        return proposals.proposeWorkspaceChanges(rationale);
    }

    /** Opens schema.graphql (creating it when the workspace has none) for the designer. */
    private void openSchema() {
        Path ws = workbench.workspaceProperty().get();
        if (ws != null) {
            Path file = ws.resolve(DesignerViewModel.SCHEMA_FILE);
            if (java.nio.file.Files.isRegularFile(file)) {
                workbench.open(file);
            } else {
                workbench.createFile(DesignerViewModel.SCHEMA_FILE);
            }
        }
    }

    private String project() {
        return workbench.component();
    }

    public void toggleTheme() {
        theme = theme.other();
        theme.apply(scene);
    }

    public void setTheme(Theme t) {
        theme = t;
        theme.apply(scene);
    }

    private Path exportFile() {
        Path ws = workbench.workspaceProperty().get();
        Path dir = ws == null ? Path.of(System.getProperty("user.dir")) : ws;
        return dir.resolve("live-events-" + System.currentTimeMillis() + ".jsonl");
    }

    private Window window() {
        return scene.getWindow();
    }

    public Scene scene() {
        return scene;
    }

    public WorkbenchView view() {
        return view;
    }

    public WorkbenchViewModel workbench() {
        return workbench;
    }

    public RuntimeViewModel runtime() {
        return runtime;
    }

    public DataBrowserViewModel data() {
        return data;
    }

    public LiveViewModel live() {
        return live;
    }

    public FlowViewModel flow() {
        return flow;
    }

    /** Follows the connected runtime's analytics and cluster status (the flow's inbound side, the topology). */
    private void watchTraffic(RuntimePort.Connection c) {
        if (traffic != null) {
            traffic.close();
            traffic = null;
        }
        if (c != null && c.client() != null) {
            traffic = new HarperTraffic(c.client(), flow.inbound(), flow::topology);
        }
    }

    public DesignerViewModel designer() {
        return designer;
    }

    public PluginsViewModel plugins() {
        return pluginsView;
    }

    public TasksViewModel tasks() {
        return tasks;
    }

    public LoneAdminViewModel loneAdmin() {
        return loneAdmin;
    }

    public SoloModeViewModel soloMode() {
        return solo;
    }

    public ReviewViewModel review() {
        return review;
    }

    public RequestsViewModel requests() {
        return requests;
    }

    public AgentSurfaceViewModel agentSurface() {
        return agentSurface;
    }

    public HistoryViewModel history() {
        return history;
    }

    public LogsViewModel logs() {
        return logs;
    }

    public GatewayViewModel gateway() {
        return gateway;
    }

    public CommandPaletteViewModel palette() {
        return palette;
    }

    @Override
    public void close() {
        closed = true;
        logs.stop();
        metrics.stop();
        gateway.close();
        live.closeStreams();
        watchTraffic(null);
        flow.close();
        data.dispose();
        workbench.dispose();
        executors.close();
        if (plugins != null) {
            plugins.close();
        }
    }

    /** Runs while a workspace opens, before its files: its plugins' rules must be there for the first analysis. */
    private void loadPlugins(java.nio.file.Path dir) {
        if (plugins == null) {
            return;
        }
        try {
            plugins.open(dir);
        } catch (RuntimeException e) { // e.g. a malformed plugins.yaml: the workspace still opens, the task says why
            tasks.run(
                    "Load plugins of " + dir.getFileName(),
                    progress -> {
                        throw e;
                    },
                    ignored -> {});
        }
    }
}
