package io.pteroca.plugin.web;

/** Answers one plugin route. Called on the request's thread; an exception becomes the panel's error page. */
@FunctionalInterface
public interface PageHandler {

    PageResult handle(PageRequest request) throws Exception;
}
