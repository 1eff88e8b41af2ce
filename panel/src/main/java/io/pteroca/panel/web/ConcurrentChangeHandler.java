package io.pteroca.panel.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two requests changed the same record at once (a double click, two tabs): the later one is refused with 409 and
 * an explanation, never a 500. Nothing of it was written.
 */
@ControllerAdvice
class ConcurrentChangeHandler {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView changedMeanwhile() {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpStatus.CONFLICT.value());
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }
}
