package dev.pilothouse.web.agents;

import dev.pilothouse.agent.Gateway;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.workspace.PilothouseHome;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Mounts the agent gateway at {@code /mcp} beside Vaadin. Its own security chain comes first and takes nothing
 * from the people's sign-in: no session, no form or basic login, no CSRF (there is no cookie to ride on); the
 * gateway's filter then accepts agent bearer tokens only, so a console session cookie or a user's basic
 * credentials get 401 like no credentials at all.
 */
@Configuration
public class AgentGatewayConfig {

    @Bean
    AgentRegistry agentRegistry(WebOptions options) {
        return new AgentRegistry(new PilothouseHome(options.home()), Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    AgentGatewayHost agentGatewayHost(
            GovernedWorkspace workspace, HarperConnection harper, AgentRegistry registry, WebOptions options) {
        return new AgentGatewayHost(
                workspace, harper, registry, options.component(), McpHosts.settings(options.network()));
    }

    @Bean
    ServletRegistrationBean<HttpServlet> agentGatewayServlet(AgentGatewayHost host) {
        ServletRegistrationBean<HttpServlet> bean = new ServletRegistrationBean<>(host.servlet(), Gateway.ENDPOINT);
        bean.setName("agent-gateway");
        bean.setAsyncSupported(true); // Streamable HTTP answers with server-sent events
        return bean;
    }

    /** Ahead of the bearer-token filter, so its refusals and the transport's 403 answer in place. */
    @Bean
    FilterRegistrationBean<Filter> agentGatewayErrors(AgentGatewayHost host) {
        FilterRegistrationBean<Filter> bean =
                new FilterRegistrationBean<>(new ErrorBodies(), agentGatewayServlet(host));
        bean.setName("agent-errors");
        bean.setAsyncSupported(true);
        bean.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return bean;
    }

    @Bean
    FilterRegistrationBean<Filter> agentGatewayFilter(AgentGatewayHost host) {
        FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(host.filter(), agentGatewayServlet(host));
        bean.setName("agent-auth");
        bean.setAsyncSupported(true);
        bean.setOrder(Ordered.LOWEST_PRECEDENCE);
        return bean;
    }

    @Bean
    @Order(1)
    SecurityFilterChain agentGatewayChain(HttpSecurity http) throws Exception {
        // exactly what the servlet is mapped to: /mcp/anything is not the gateway and stays behind sign-in
        http.securityMatcher(Gateway.ENDPOINT)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .securityContext(context -> context.disable()) // never load a person's session here
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable());
        return http.build();
    }
}
