package com.marketplace.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.web.ContractResource;
import com.marketplace.desk.boundary.TimeApprovals;
import com.marketplace.desk.boundary.TimeSubmissions;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeDecision;
import com.marketplace.desk.entity.TimeDecision.Verdict;
import com.marketplace.desk.web.ApprovalResource;
import com.marketplace.desk.web.ClientResource;
import com.marketplace.desk.web.ProjectResource;
import com.marketplace.desk.web.TimeEntryResource;
import com.marketplace.jobs.entity.Category;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.web.JobResource;
import com.marketplace.jobs.web.ProposalResource;
import com.marketplace.payments.web.WalletResource;
import com.marketplace.platform.Money;
import com.marketplace.tenancy.web.RulesResource;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Path;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the API reads and checks request bodies and parameters, with the JSON-B and Bean Validation
 * implementations the server runs: numbers are whole or refused, every text and list has its bound,
 * amounts stay within the ledger's cap, and a refusal names the field.
 */
class RequestValidationTest {

  static Jsonb json;
  static Validator validator;

  @BeforeAll
  static void start() {
    json = JsonbBuilder.create(JsonConfig.config());
    validator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  @AfterAll
  static void stop() throws Exception {
    json.close();
  }

  static <T> T read(String body, Class<T> type) {
    return json.fromJson(body, type);
  }

  /** What the API answers for a body that cannot be read: the fields and reasons it names. */
  static Map<String, String> refusal(String body, Class<?> type) {
    var refused = org.assertj.core.api.Assertions.catchThrowable(() -> read(body, type));
    assertThat(refused).isInstanceOf(JsonbException.class);
    return InvalidFields.unreadable(refused);
  }

  /** The fields Bean Validation refuses in a request body, as the API names them. */
  static Map<String, String> invalid(Object body) {
    var violations = validator.validate(body);
    return violations.isEmpty()
        ? Map.of()
        : InvalidFields.of(new ConstraintViolationException(violations));
  }

  @Test
  void aDecimalWhereMinorUnitsAreExpectedIsRefusedNotCut() {
    assertThat(refusal("{\"key\":\"k\",\"amount\":12.5,\"card\":\"4242\"}", topUp()))
        .containsEntry("amount", "12.5 is not a whole number");
    assertThat(refusal("{\"autoReleaseDays\":4.5}", RulesResource.Rules.class))
        .containsEntry("autoReleaseDays", "4.5 is not a whole number");
    assertThat(
            refusal(
                "{\"milestones\":[{\"title\":\"Half\",\"amount\":0.5}]}",
                ProposalResource.Hire.class))
        .containsEntry("milestones.amount", "0.5 is not a whole number");
    assertThat(refusal("{\"decision\":\"SPLIT\",\"toFreelancer\":12.5}", resolution()))
        .containsKey("toFreelancer");
  }

  @Test
  void numbersBeyondTheirTypeAreRefusedNotWrapped() {
    assertThat(refusal("{\"amount\":9223372036854775808}", topUp())).containsKey("amount");
    assertThat(refusal("{\"timelineDays\":2147483648}", JobResource.NewProposal.class))
        .containsKey("timelineDays");
    assertThat(refusal("{\"amount\":true}", topUp())).containsKey("amount");
  }

  @Test
  void wholeNumbersAreReadAsSentInAnyJsonSpelling() {
    assertThat(read("{\"amount\":12}", topUp()).amount()).isEqualTo(12);
    assertThat(read("{\"amount\":12.0}", topUp()).amount()).isEqualTo(12);
    assertThat(read("{\"amount\":1e3}", topUp()).amount()).isEqualTo(1000);
    assertThat(read("{\"amount\":\"12\"}", topUp()).amount()).isEqualTo(12);
    assertThat(read("{\"amount\":null}", topUp()).amount()).isNull();
    assertThat(read("{\"amount\":-3}", topUp()).amount()).isEqualTo(-3);
  }

  @Test
  void amountsAreWithinTheLedgersCap() {
    assertThat(invalid(new WalletResource.TopUpRequest("k", Money.MAX_MINOR_UNITS, "4242")))
        .isEmpty();
    assertThat(invalid(new WalletResource.TopUpRequest("k", Money.MAX_MINOR_UNITS + 1, "4242")))
        .containsKey("amount");
    assertThat(invalid(new WalletResource.TopUpRequest("k", 0L, "4242"))).containsKey("amount");
    assertThat(invalid(new WalletResource.TopUpRequest("k", null, "4242"))).containsKey("amount");
    assertThat(invalid(job(Long.MAX_VALUE))).containsKey("budget");
    assertThat(invalid(new JobResource.NewProposal("Me", Long.MAX_VALUE, 3))).containsKey("amount");
    var huge = new ContractResource.NewMilestone("All", Long.MAX_VALUE);
    var huger = new ContractResource.NewMilestone("All again", Long.MAX_VALUE);
    assertThat(invalid(new ProposalResource.Hire(List.of(huge, huger), null)))
        .containsOnlyKeys("milestones[0].amount", "milestones[1].amount");
  }

  @Test
  void aHireHasAtMostTheMilestonesAContractAllows() {
    var one = new ContractResource.NewMilestone("Part", 100L);
    assertThat(
            invalid(
                new ProposalResource.Hire(Collections.nCopies(Contract.MAX_MILESTONES, one), null)))
        .isEmpty();
    assertThat(
            invalid(
                new ProposalResource.Hire(
                    Collections.nCopies(Contract.MAX_MILESTONES + 1, one), null)))
        .containsOnlyKeys("milestones");
  }

  @Test
  void anHourlyHireCapsTheWeekAtOneToEightyHours() {
    for (int cap : new int[] {Contract.MIN_WEEKLY_CAP_HOURS, 40, Contract.MAX_WEEKLY_CAP_HOURS}) {
      assertThat(invalid(new ProposalResource.Hire(null, cap))).isEmpty();
    }
    for (int cap : new int[] {0, -1, Contract.MAX_WEEKLY_CAP_HOURS + 1, Integer.MAX_VALUE}) {
      assertThat(invalid(new ProposalResource.Hire(null, cap)))
          .containsExactly(entry("weeklyCapHours", "between 1 and 80 hours a week"));
    }
    assertThat(read("{\"weeklyCapHours\":10}", ProposalResource.Hire.class).weeklyCapHours())
        .isEqualTo(10);
  }

  @Test
  void textsAreBoundedByTheLimitsTheirEntitiesKeep() {
    assertThat(invalid(job(100L))).isEmpty();
    var longTitle =
        new JobResource.NewJob(
            "t".repeat(Job.TITLE_MAX + 1),
            "d".repeat(Job.DESCRIPTION_MAX + 1),
            Category.DESIGN,
            "",
            JobKind.FIXED,
            100L,
            null);
    assertThat(invalid(longTitle)).containsOnlyKeys("title", "description");
    assertThat(invalid(new ContractResource.Comment("c".repeat(2_001)))).containsKey("text");
    assertThat(invalid(new RulesResource.Rules(14, null, 1024L, null))).containsKey("uploadTypes");
    var types = new TreeSet<String>();
    types.add("a".repeat(101));
    assertThat(invalid(new RulesResource.Rules(14, types, 1024L, null)))
        .containsKey("uploadTypes[]");
  }

  @Test
  void theDesksRequestsKeepTheBoundsOfItsEntities() {
    assertThat(
            invalid(
                new ClientResource.ClientRequest(
                    "Ada", null, null, null, null, null, null, null, null)))
        .isEmpty();
    assertThat(
            invalid(
                new ClientResource.ClientRequest(
                    "n".repeat(DeskClient.NAME_MAX + 1),
                    "e".repeat(DeskClient.EMAIL_MAX + 1),
                    "1".repeat(DeskClient.PHONE_MAX + 1),
                    "c".repeat(DeskClient.COMPANY_MAX + 1),
                    "x".repeat(DeskClient.NOTES_MAX + 1),
                    0L,
                    "a".repeat(DeskClient.ADDRESS_MAX + 1),
                    "DEU",
                    "t".repeat(DeskClient.TAX_ID_MAX + 1))))
        .containsOnlyKeys(
            "name",
            "email",
            "phone",
            "company",
            "notes",
            "memberId",
            "billingAddress",
            "countryCode",
            "taxId");
    assertThat(
            invalid(
                new ClientResource.ClientRequest(
                    " ", null, null, null, null, null, null, null, null)))
        .containsOnlyKeys("name");

    assertThat(invalid(project(1L, 6_000L, 600L, null))).isEmpty();
    assertThat(
            invalid(project(null, Money.MAX_MINOR_UNITS + 1, Project.BUDGET_MINUTES_MAX + 1, -1L)))
        .containsOnlyKeys("clientId", "rate", "budgetMinutes", "budgetAmount");
    assertThat(invalid(project(1L, null, null, Money.MAX_MINOR_UNITS))).containsOnlyKeys("rate");
    assertThat(refusal("{\"rate\":60.5}", ProjectResource.ProjectRequest.class))
        .containsEntry("rate", "60.5 is not a whole number");
    assertThat(invalid(new ProjectResource.StatusChange(null))).containsOnlyKeys("status");

    var ids = List.of(1L, 2L);
    assertThat(invalid(new ApprovalResource.Decision(ids, Verdict.REJECT, "Wrong week"))).isEmpty();
    assertThat(
            invalid(
                new ApprovalResource.Decision(
                    List.of(), null, "c".repeat(TimeDecision.COMMENT_MAX + 1))))
        .containsOnlyKeys("entryIds", "decision", "comment");
    var zero = new java.util.ArrayList<Long>(List.of(0L));
    zero.add(null);
    assertThat(invalid(new ApprovalResource.Decision(zero, Verdict.APPROVE, null)))
        .containsOnlyKeys("entryIds[0]", "entryIds[1]");
    assertThat(
            invalid(
                new ApprovalResource.Decision(
                    Collections.nCopies(TimeApprovals.MOST_AT_ONCE + 1, 1L),
                    Verdict.APPROVE,
                    null)))
        .containsOnlyKeys("entryIds");
    assertThatThrownBy(
            () ->
                read("{\"entryIds\":[1],\"decision\":\"MAYBE\"}", ApprovalResource.Decision.class))
        .isInstanceOf(JsonbException.class);
    assertThat(
            invalid(
                new TimeEntryResource.Submission(
                    Collections.nCopies(TimeSubmissions.MOST_SUBMITTED + 1, 1L), null, -1L)))
        .containsOnlyKeys("entryIds", "projectId");
    assertThat(
            read("{\"week\":\"2026-11-25\",\"projectId\":3}", TimeEntryResource.Submission.class)
                .week())
        .isEqualTo(java.time.LocalDate.parse("2026-11-25"));
    assertThat(invalid(new RulesResource.Rules(14, new TreeSet<>(List.of("image/png")), 1024L, 0)))
        .containsOnlyKeys("timeApprovalDays");
  }

  private static ProjectResource.ProjectRequest project(
      Long client, Long rate, Long budgetMinutes, Long budgetAmount) {
    return new ProjectResource.ProjectRequest(
        client, "Poster", null, rate, budgetMinutes, budgetAmount, null);
  }

  @Test
  void queryParametersAreNamedAsTheRequestNamesThem() throws Exception {
    var search =
        JobResource.class.getMethod(
            "search",
            String.class,
            Category.class,
            String.class,
            Long.class,
            Long.class,
            JobKind.class,
            int.class,
            int.class);
    var violations =
        validator
            .forExecutables()
            .validateParameters(
                new JobResource(),
                search,
                new Object[] {"q".repeat(201), null, null, -1L, null, null, -1, 100_000});
    assertThat(InvalidFields.of(new ConstraintViolationException(violations)))
        .containsOnlyKeys("q", "min", "first", "size");

    var topUp = WalletResource.class.getMethod("topUp", WalletResource.TopUpRequest.class);
    var missing =
        validator
            .forExecutables()
            .validateParameters(new WalletResource(), topUp, new Object[] {null});
    assertThat(InvalidFields.of(new ConstraintViolationException(missing)))
        .containsOnlyKeys("body");
  }

  /**
   * Every request body of the API: numbers boxed (so that the strict reading above applies; a
   * primitive {@code long} would still cut {@code 12.5} to 12), every text bounded.
   */
  @Test
  void everyRequestRecordReadsNumbersStrictlyAndBoundsItsTexts() throws Exception {
    List<Class<?>> bodies = requestRecords();
    assertThat(bodies).hasSizeGreaterThan(10);
    List<String> problems = new ArrayList<>();
    for (Class<?> body : bodies) {
      for (RecordComponent c : body.getRecordComponents()) {
        Class<?> type = c.getType();
        if (type.isPrimitive() && type != boolean.class) {
          problems.add(body.getName() + "." + c.getName() + " is a primitive " + type);
        }
        if (type == String.class
            && !body.getDeclaredField(c.getName()).isAnnotationPresent(Size.class)) {
          problems.add(body.getName() + "." + c.getName() + " has no @Size");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThatThrownBy(() -> read("{\"amount\":12.5}", topUp())).isInstanceOf(JsonbException.class);
  }

  /** The records nested in the API's resources (classes with {@code @Path}) that it reads. */
  private static List<Class<?>> requestRecords() throws Exception {
    var root =
        java.nio.file.Path.of(
            JsonConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> records = new ArrayList<>();
    try (var files = Files.walk(root)) {
      for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file)
                .toString()
                .replace(java.io.File.separatorChar, '.')
                .replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, false, RequestValidationTest.class.getClassLoader());
        Class<?> outer = c.getEnclosingClass();
        if (c.isRecord()
            && outer != null
            && outer.isAnnotationPresent(Path.class)
            && readByTheApi(outer, c)) {
          records.add(c);
        }
      }
    }
    return records;
  }

  /** Whether a resource method takes the record as its body. */
  private static boolean readByTheApi(Class<?> resource, Class<?> record) {
    for (var m : resource.getDeclaredMethods()) {
      for (var p : m.getParameterTypes()) {
        if (p == record) {
          return true;
        }
      }
    }
    return false;
  }

  private static Class<WalletResource.TopUpRequest> topUp() {
    return WalletResource.TopUpRequest.class;
  }

  private static Class<ContractResource.Resolution> resolution() {
    return ContractResource.Resolution.class;
  }

  private static JobResource.NewJob job(Long budget) {
    return new JobResource.NewJob(
        "Poster", "A poster", Category.DESIGN, "print", JobKind.FIXED, budget, null);
  }
}
