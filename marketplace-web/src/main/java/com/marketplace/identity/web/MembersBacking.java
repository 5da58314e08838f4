package com.marketplace.identity.web;

import com.marketplace.identity.boundary.Members;
import com.marketplace.identity.entity.MemberView;
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

/** The owner's member directory, paged on the server; suspend and reinstate (T4). */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Members members;

  private final LazyDataModel<MemberView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) members.count();
        }

        @Override
        public List<MemberView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return members.list(first, pageSize);
        }

        @Override
        public String getRowKey(MemberView member) {
          return Long.toString(member.id());
        }

        @Override
        public MemberView getRowData(String rowKey) {
          return members.get(Long.parseLong(rowKey));
        }
      };

  public void suspend(long memberId) {
    Pages.info(members.suspend(memberId).displayName() + " is suspended.");
  }

  public void reinstate(long memberId) {
    Pages.info(members.reinstate(memberId).displayName() + " is active again.");
  }

  public LazyDataModel<MemberView> getModel() {
    return model;
  }
}
