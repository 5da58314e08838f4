package com.marketplace.platform.web;

import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.transaction.LostRaces;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;

/**
 * Turns a refused command into a message on the page it came from, once for every view: a {@link
 * MarketplaceException} shows its own message, a denied boundary call a polite refusal. Anything
 * else goes on to the error page, which never shows a stack trace.
 */
public class UserFacingExceptionHandler extends ExceptionHandlerWrapper {

  public UserFacingExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator();
        it.hasNext(); ) {
      Throwable thrown = it.next().getContext().getException();
      Optional<String> message = userMessage(thrown);
      if (message.isPresent() && context != null) {
        Pages.error(message.get());
        context.renderResponse();
        it.remove();
      }
    }
    super.handle();
  }

  static Optional<String> userMessage(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof MarketplaceException e) {
        return Optional.of(e.getMessage());
      }
      if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
        return Optional.of("You are not allowed to do that.");
      }
      if (LostRaces.isLostRace(t)) {
        return Optional.of(ProblemMappers.CHANGED_MEANWHILE);
      }
      if (t instanceof jakarta.validation.ConstraintViolationException invalid) {
        return Optional.of(
            invalid.getConstraintViolations().stream()
                .map(jakarta.validation.ConstraintViolation::getMessage)
                .distinct()
                .sorted()
                .collect(java.util.stream.Collectors.joining(" ")));
      }
    }
    return Optional.empty();
  }

  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new UserFacingExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
