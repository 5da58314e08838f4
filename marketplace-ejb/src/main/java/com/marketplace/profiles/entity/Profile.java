package com.marketplace.profiles.entity;

import com.marketplace.files.entity.FileOwner;
import com.marketplace.jobs.entity.Skills;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** What a member tells others about themselves; one row per member, created on first save. */
@Entity
@Table(name = "profile")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Profile {

  /**
   * The owner of a member's portfolio files, by member id: every member of the workspace reads
   * them, as the public profile.
   */
  public static final FileOwner PORTFOLIO = new FileOwner("PORTFOLIO");

  @Id
  @Column(name = "member_id")
  private Long memberId;

  private String headline;
  private String bio;

  @Column(nullable = false)
  private String skills = "";

  @Column(name = "hourly_rate")
  private Long hourlyRate;

  private String company;
  private String website;

  @Version private long version;

  protected Profile() {}

  public Profile(long memberId) {
    this.memberId = memberId;
  }

  public void describeFreelancer(String headline, String bio, String skills, Long hourlyRate) {
    this.headline = Texts.optional(headline, "headline", 120);
    this.bio = Texts.optional(bio, "bio", 5_000);
    this.skills = Skills.store(Skills.parse(skills));
    if (hourlyRate != null && hourlyRate <= 0) {
      throw new InvalidInputException("The hourly rate must be greater than zero.");
    }
    this.hourlyRate = hourlyRate;
  }

  public void describeClient(String company, String website) {
    this.company = Texts.optional(company, "company name", 120);
    String site = Texts.optional(website, "website", 200);
    if (site != null) {
      if (!site.matches("(?i)https?://.+")) {
        site = "https://" + site;
      }
      try {
        URI uri = URI.create(site);
        if (uri.getHost() == null || !uri.getHost().contains(".")) {
          throw new IllegalArgumentException(site);
        }
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("The website must be an address like https://example.com.");
      }
    }
    this.website = site;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getHeadline() {
    return headline;
  }

  public String getBio() {
    return bio;
  }

  public List<String> getSkills() {
    return Skills.read(skills);
  }

  public Long getHourlyRate() {
    return hourlyRate;
  }

  public String getCompany() {
    return company;
  }

  public String getWebsite() {
    return website;
  }
}
