package dev.pilothouse.agent;

import dev.pilothouse.workspace.Refusal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The validations of agents' proposals, run one at a time in order, with at most {@code perAgent} of one agent's
 * waiting to start. A validation may shadow-deploy for up to 90 s, so without the bound one fast agent could queue
 * hours of work ahead of everyone else's. A full queue refuses the next proposal before it is recorded (no branch, no
 * proposal): the agent retries once its earlier proposals are validated.
 */
public final class ValidationQueue implements AutoCloseable {

    /** Two waiting: an agent that proposes, checks and proposes again never meets it; a flood does at once. */
    public static final int DEFAULT_PER_AGENT = 2;

    static final String RULE = "validation-queue-full";

    private final int perAgent;
    private final ExecutorService runner;
    private final Map<String, Integer> waiting = new HashMap<>();

    public ValidationQueue(int perAgent) {
        this(
                perAgent,
                Executors.newSingleThreadExecutor(Thread.ofPlatform()
                        .daemon()
                        .name("pilothouse-agent-validation")
                        .factory()));
    }

    ValidationQueue(int perAgent, ExecutorService runner) {
        if (perAgent < 1) {
            throw new IllegalArgumentException(
                    "at least one validation per agent must be able to wait, not " + perAgent);
        }
        this.perAgent = perAgent;
        this.runner = runner;
    }

    /** Takes a place for {@code agent}'s next validation, or refuses naming the limit and how to free it. */
    public synchronized Place reserve(String agent) {
        int now = waiting.getOrDefault(agent, 0);
        if (now >= perAgent) {
            throw new Refusal(
                    RULE,
                    agent + " has " + now + " validations waiting (the limit is " + perAgent
                            + "); nothing was recorded: poll proposal_status until your latest proposals are validated,"
                            + " then propose again");
        }
        waiting.put(agent, now + 1);
        return new Place(agent);
    }

    /** How many of {@code agent}'s validations wait to start (the one running is not counted). */
    public synchronized int waiting(String agent) {
        return waiting.getOrDefault(agent, 0);
    }

    /** The place is free: its validation started, or it was never queued. */
    private synchronized void free(String agent) {
        waiting.computeIfPresent(agent, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Lets the validations already queued finish (up to 30 s), then stops the thread. */
    @Override
    public void close() {
        runner.shutdown();
        try {
            runner.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A reserved place: either submit the validation into it or release it (the proposal was refused). */
    public final class Place {

        private final String agent;
        private boolean used;

        private Place(String agent) {
            this.agent = agent;
        }

        /** Queues {@code validation}; its place frees when it starts running. */
        public void submit(Runnable validation) {
            use();
            try {
                runner.execute(() -> {
                    free(agent);
                    validation.run();
                });
            } catch (RuntimeException e) { // shut down: nothing will run, nothing waits
                free(agent);
                throw e;
            }
        }

        public void release() {
            use();
            free(agent); // never queued: the place is free again
        }

        private void use() {
            if (used) {
                throw new IllegalStateException("a queue place is used once");
            }
            used = true;
        }
    }
}
