package com.marketplace.tenancy.entity;

import com.marketplace.platform.InvalidInputException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A business running its own marketplace workspace. Slugs are unique and never reused. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.BY_SLUG, query = "SELECT t FROM Tenant t WHERE t.slug = :slug")
public class Tenant {

  /** The longest business name; the sign-up form shows the same. */
  public static final int NAME_MAX = 120;

  /** The longest workspace address (slug). */
  public static final int SLUG_MAX = 40;

  public static final String BY_SLUG = "Tenant.bySlug";

  /** Slugs that would collide with the application's own paths. */
  static final Set<String> RESERVED_SLUGS =
      Set.of("app", "api", "admin", "www", "health", "signup", "login", "logout", "static");

  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  public static final int MAX_FEE_BASIS_POINTS = 5000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(nullable = false)
  @Size(max = NAME_MAX)
  private String name;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "fee_basis_points", nullable = false)
  private int feeBasisPoints;

  @Column(name = "primary_colour", nullable = false)
  private String primaryColour;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] logo;

  @Column(name = "logo_media_type")
  private String logoMediaType;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "auto_release_days", nullable = false)
  private int autoReleaseDays = MarketplaceRules.DEFAULTS.autoReleaseDays();

  @Column(name = "upload_types", nullable = false)
  private String uploadTypes = String.join(",", MarketplaceRules.DEFAULTS.uploadTypes());

  @Column(name = "upload_max_bytes", nullable = false)
  private long uploadMaxBytes = MarketplaceRules.DEFAULTS.uploadMaxBytes();

  /** Days of client silence after which submitted time is approved; null: never. */
  /** Whether the workspace's customers may use the client portal (on unless the owner says no). */
  @Column(name = "portal_enabled", nullable = false)
  private boolean portalEnabled = true;

  @Column(name = "time_approval_days")
  private Integer timeApprovalDays;

  @Version private long version;

  protected Tenant() {}

  public Tenant(
      String slug,
      String name,
      String currencyCode,
      int feeBasisPoints,
      String primaryColour,
      Instant createdAt) {
    this.slug = normaliseSlug(slug);
    this.name = requireName(name);
    this.currency = requireCurrency(currencyCode);
    this.feeBasisPoints = requireFee(feeBasisPoints);
    this.primaryColour = requireColour(primaryColour);
    this.createdAt = createdAt;
  }

  /** Lower-cases and checks a slug: 3–40 characters of a–z, 0–9 and inner hyphens. */
  public static String normaliseSlug(String slug) {
    String s = slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
    if (!SLUG.matcher(s).matches()) {
      throw new InvalidInputException(
          "The address must be 3–40 characters: lower-case letters, digits and hyphens,"
              + " starting and ending with a letter or digit.");
    }
    if (RESERVED_SLUGS.contains(s)) {
      throw new InvalidInputException("The address \"" + s + "\" is reserved; choose another.");
    }
    return s;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new InvalidInputException("The business name is required (at most 120 characters).");
    }
    return name.strip();
  }

  private static String requireCurrency(String code) {
    try {
      return Currency.getInstance(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
          .getCurrencyCode();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("\"" + code + "\" is not an ISO 4217 currency code.");
    }
  }

  private static int requireFee(int basisPoints) {
    if (basisPoints < 0 || basisPoints > MAX_FEE_BASIS_POINTS) {
      throw new InvalidInputException("The platform fee must be between 0 % and 50 %.");
    }
    return basisPoints;
  }

  private static String requireColour(String colour) {
    if (colour == null || !COLOUR.matcher(colour.trim()).matches()) {
      throw new InvalidInputException("The primary colour must look like #1a73e8.");
    }
    return colour.trim().toLowerCase(Locale.ROOT);
  }

  public boolean isPortalEnabled() {
    return portalEnabled;
  }

  /** Opens or closes the client portal: closed, its pages, sign-in and accounts refuse. */
  public void setPortalEnabled(boolean enabled) {
    this.portalEnabled = enabled;
  }

  public void brandWith(byte[] logo, String mediaType) {
    this.logo = logo;
    this.logoMediaType = mediaType;
  }

  /**
   * The workspace's marketplace rules: auto-release delay, what may be uploaded, automatic approval
   * of time.
   */
  public MarketplaceRules rules() {
    return new MarketplaceRules(
        autoReleaseDays,
        new java.util.TreeSet<>(java.util.Arrays.asList(uploadTypes.split(","))),
        uploadMaxBytes,
        timeApprovalDays);
  }

  public void changeRules(MarketplaceRules rules) {
    this.autoReleaseDays = rules.autoReleaseDays();
    this.uploadTypes = String.join(",", rules.uploadTypes());
    this.uploadMaxBytes = rules.uploadMaxBytes();
    this.timeApprovalDays = rules.timeApprovalDays();
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getCurrency() {
    return currency;
  }

  public int getFeeBasisPoints() {
    return feeBasisPoints;
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public byte[] getLogo() {
    return logo;
  }

  public String getLogoMediaType() {
    return logoMediaType;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
