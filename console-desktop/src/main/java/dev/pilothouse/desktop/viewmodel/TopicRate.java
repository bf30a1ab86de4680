package dev.pilothouse.desktop.viewmodel;

/** Events of one topic: the total seen and the current rate (events per second, smoothed over about a second). */
public record TopicRate(String topic, long total, double perSecond) {}
