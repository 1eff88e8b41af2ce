package io.pteroca.emulator.http;

/** One side of the emulated panel behind the HTTP server: the API, or the pages a browser sees. */
public interface Dispatcher {

    /** The routes, so that calls are counted by template and faults can match them. */
    Router router();

    /** Answers a call; match is null when no route fits. */
    Response dispatch(Request request, Router.Match match);
}
