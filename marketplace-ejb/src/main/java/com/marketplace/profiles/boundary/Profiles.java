package com.marketplace.profiles.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.contracts.entity.ContractStatus;
import com.marketplace.contracts.entity.Review;
import com.marketplace.files.control.FileStore;
import com.marketplace.files.entity.FileUpload;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberStatus;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.Money;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.profiles.entity.Profile;
import com.marketplace.profiles.entity.ProfileReview;
import com.marketplace.profiles.entity.ProfileView;
import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Profiles (M1): members keep their own; a freelancer's profile is public in the workspace. */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Profiles {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject FileStore files;
  @Inject TenantContext tenantContext;
  @Inject Tenants tenants;

  public ProfileView mine() {
    return view(loadMember(caller.ref().memberId()), caller.ref().tenantId());
  }

  @RolesAllowed(FREELANCER)
  public ProfileView describeFreelancer(
      String headline, String bio, String skills, Money hourlyRate) {
    if (hourlyRate != null) {
      hourlyRate.requireCurrency(Money.currency(tenants.get(caller.ref().tenantId()).currency()));
    }
    own()
        .describeFreelancer(
            headline, bio, skills, hourlyRate == null ? null : hourlyRate.minorUnits());
    audit.record(AuditAction.PROFILE_CHANGED, "member", caller.ref().memberId());
    return mine();
  }

  @RolesAllowed(CLIENT)
  public ProfileView describeClient(String company, String website) {
    own().describeClient(company, website);
    audit.record(AuditAction.PROFILE_CHANGED, "member", caller.ref().memberId());
    return mine();
  }

  @RolesAllowed(FREELANCER)
  public ProfileView addToPortfolio(List<FileUpload> uploads) {
    long me = caller.ref().memberId();
    own();
    files.attach(
        Profile.PORTFOLIO, me, me, uploads, em.find(Tenant.class, caller.ref().tenantId()).rules());
    audit.record(AuditAction.PROFILE_CHANGED, "member", me, "portfolio files added");
    return mine();
  }

  /**
   * A freelancer's public profile, for anyone on the workspace's pages (signed in or not): only
   * active freelancers of the current workspace have one. Its reviews name neither their authors
   * nor the contracts ({@link ProfileReview}).
   */
  @PermitAll
  public ProfileView freelancer(long memberId) {
    // Reached through /t/{slug}/…: without a workspace there is nobody to show.
    long tenantId =
        tenantContext
            .current()
            .orElseThrow(() -> new NotFoundException("There is no such freelancer."));
    Member member = loadMember(memberId);
    if (member.getRole() != Role.FREELANCER || member.getStatus() != MemberStatus.ACTIVE) {
      throw new NotFoundException("There is no such freelancer.");
    }
    return view(member, tenantId);
  }

  private Profile own() {
    long me = caller.ref().memberId();
    return Optional.ofNullable(em.find(Profile.class, me))
        .orElseGet(
            () -> {
              var created = new Profile(me);
              em.persist(created);
              return created;
            });
  }

  private Member loadMember(long memberId) {
    return Optional.ofNullable(em.find(Member.class, memberId))
        .orElseThrow(() -> new NotFoundException("There is no such member."));
  }

  private ProfileView view(Member member, long tenantId) {
    long id = member.getId();
    Optional<Profile> profile = Optional.ofNullable(em.find(Profile.class, id));
    List<Review> reviews =
        em.createQuery(
                "SELECT r FROM Review r WHERE r.subjectId = :id ORDER BY r.createdAt DESC",
                Review.class)
            .setParameter("id", id)
            .setMaxResults(100)
            .getResultList();
    Double average =
        em.createQuery("SELECT AVG(r.stars) FROM Review r WHERE r.subjectId = :id", Double.class)
            .setParameter("id", id)
            .getSingleResult();
    long completed =
        em.createQuery(
                "SELECT COUNT(c) FROM Contract c WHERE (c.freelancerId = :id OR c.clientId = :id)"
                    + " AND c.status = :done",
                Long.class)
            .setParameter("id", id)
            .setParameter("done", ContractStatus.COMPLETED)
            .getSingleResult();
    return new ProfileView(
        id,
        member.getDisplayName(),
        member.getRole(),
        profile.map(Profile::getHeadline).orElse(null),
        profile.map(Profile::getBio).orElse(null),
        profile.map(Profile::getSkills).orElse(List.of()),
        profile
            .map(Profile::getHourlyRate)
            .map(rate -> Money.of(rate, tenants.get(tenantId).currency()))
            .orElse(null),
        tenants.get(tenantId).currency(),
        profile.map(Profile::getCompany).orElse(null),
        profile.map(Profile::getWebsite).orElse(null),
        files.of(Profile.PORTFOLIO, id),
        reviews.stream().map(ProfileReview::of).toList(),
        average,
        completed);
  }
}
