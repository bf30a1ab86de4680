package dev.pilothouse.web;

import dev.pilothouse.plugin.host.PluginSchemaRules;
import dev.pilothouse.plugin.host.WorkspacePlugins;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.web.editor.EditorBackend;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.review.ReviewActions;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The composition root of the web console: the headless kits, wired once per process. */
@Configuration
public class WebBeans {

    /** The workspace's plugins (bundled, the console home's, the workspace's own), loaded once per process. */
    @Bean(destroyMethod = "close")
    WorkspacePlugins workspacePlugins(WebOptions options) {
        return WorkspacePlugins.open(options.home(), options.workspace(), WorkspacePlugins.configuredTimeout());
    }

    /** Editors see the plugins' lint rules beside the built-in diagnostics. */
    @Bean
    LanguageService languageService(WorkspacePlugins plugins) {
        return new LanguageService(new PluginSchemaRules(plugins::host));
    }

    @Bean
    EditorBackend editorBackend(LanguageService languageService) {
        return new EditorBackend(languageService);
    }

    @Bean
    WorkspaceFiles workspaceFiles(WebOptions options) {
        return new WorkspaceFiles(options.workspace());
    }

    /** Ticks for views that batch live updates (a few daemon threads for the whole process). */
    @Bean(destroyMethod = "shutdownNow")
    java.util.concurrent.ScheduledExecutorService uiTicker() {
        return java.util.concurrent.Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-ticker");
            t.setDaemon(true);
            return t;
        });
    }

    @Bean(destroyMethod = "close")
    GovernedWorkspace governedWorkspace(WebOptions options, HarperConnection harper, WorkspacePlugins plugins) {
        return new GovernedWorkspace(options, harper, plugins.host().proposalValidators());
    }

    /** Boundary change requests: policy, roles, agent tokens, plugin trust, and this console's user roles. */
    @Bean
    dev.pilothouse.workspace.requests.ChangeRequests changeRequests(
            WebOptions options, dev.pilothouse.web.security.UserStore users) {
        return dev.pilothouse.web.review.WebBoundary.open(
                new dev.pilothouse.workspace.PilothouseHome(options.home()), users);
    }

    @Bean
    ReviewActions reviewActions(GovernedWorkspace workspace, AuditSink audit) {
        return new ReviewActions(workspace, audit);
    }

    @Bean
    HarperConnection harperConnection(WebOptions options) {
        return new HarperConnection(options.harper());
    }
}
