package com.marketplace.identity.web;

import com.marketplace.identity.boundary.ApiTokens;
import com.marketplace.identity.control.ApiRateLimit;
import com.marketplace.identity.entity.ApiTokenView;
import com.marketplace.identity.entity.IssuedApiToken;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's API tokens page: make one (its token shown once, in a dialog, until the owner closes
 * it), list them paged on the server, revoke one.
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ApiTokens tokens;
  @Inject ApiRateLimit rateLimit;

  private String name;
  private IssuedApiToken issued;

  private final LazyDataModel<ApiTokenView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) tokens.count();
        }

        @Override
        public List<ApiTokenView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return tokens.list(first, pageSize);
        }

        @Override
        public String getRowKey(ApiTokenView token) {
          return Long.toString(token.id());
        }
      };

  public void create() {
    issued = tokens.create(name);
    name = null;
  }

  /** The owner has copied the token: it leaves the page for good. */
  public void dismiss() {
    issued = null;
  }

  public void revoke(long id) {
    Pages.info("The token “" + tokens.revoke(id).name() + "” is revoked.");
  }

  public LazyDataModel<ApiTokenView> getModel() {
    return model;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public IssuedApiToken getIssued() {
    return issued;
  }

  public int getRequestsPerMinute() {
    return rateLimit.requestsPerMinute();
  }
}
