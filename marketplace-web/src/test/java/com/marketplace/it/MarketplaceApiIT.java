package com.marketplace.it;

import static com.marketplace.it.MarketSteps.apply;
import static com.marketplace.it.MarketSteps.fundedContract;
import static com.marketplace.it.MarketSteps.hire;
import static com.marketplace.it.MarketSteps.id;
import static com.marketplace.it.MarketSteps.milestone;
import static com.marketplace.it.MarketSteps.postJob;
import static com.marketplace.it.MarketSteps.submit;
import static com.marketplace.it.MarketSteps.topUp;
import static com.marketplace.it.MarketSteps.wallet;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The marketplace lifecycle through the JSON API of the real application: jobs, proposals, the
 * contract state machine with escrowed milestones, refused transitions and sides, disputes,
 * cancellation, reviews, uploads checked by content, and isolation between workspaces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketplaceApiIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** A workspace (EUR, 10 % fee) with its owner, two clients and two freelancers signed in. */
  record Market(String slug, Api owner, Api client, Api client2, Api freelancer, Api freelancer2) {}

  Market market(String prefix) {
    String slug = Api.uniqueSlug(prefix);
    return new Market(
        slug,
        Api.owner(base, slug),
        Api.member(base, slug, "Clara Client", "client", "CLIENT"),
        Api.member(base, slug, "Cole Client", "client2", "CLIENT"),
        Api.member(base, slug, "Fay Freelancer", "freelancer", "FREELANCER"),
        Api.member(base, slug, "Finn Freelancer", "freelancer2", "FREELANCER"));
  }

  static void assertProblem(Api.Reply reply, int status, String detailContains) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("detail")).contains(detailContains);
  }

  @Test
  void aLargeBoardFindsWordsRareOrCommonCountsUpToItsLimitAndPagesToIt() throws Exception {
    var m = market("scale");
    var noise = market("noise");
    try (var db = SeededJobs.database()) {
      SeededJobs.add(db, m.slug(), 0, 12_000);
      SeededJobs.add(db, noise.slug(), 0, 2_000);
    }
    var all = m.freelancer().get("api/v1/jobs?size=100").json();
    assertThat(all.getJsonNumber("total").longValue()).isEqualTo(10_000);
    assertThat(all.getBoolean("more")).isTrue();
    var posted = all.getJsonArray("jobs").stream().map(j -> j.asJsonObject().getString("postedAt"));
    assertThat(posted.map(java.time.Instant::parse).toList())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());

    // one job in a hundred: the full-text index, by whole word or prefix, this workspace only
    for (String word : List.of("kubernetes", "KUBER", "cluster kubernetes")) {
      var rare = m.freelancer().get("api/v1/jobs?q=" + word.replace(' ', '+')).json();
      assertThat(rare.getJsonNumber("total").longValue()).as(word).isEqualTo(120);
      assertThat(rare.getBoolean("more")).isFalse();
    }
    // the index matches from the start of a word, so the middle of one finds nothing: these went
    // to the index (a scan would find the 120)
    assertThat(total(m.freelancer().get("api/v1/jobs?q=ubernetes").json())).isZero();
    // in every job: walked to, counted up to the text limit; the walk matches inside words too
    assertThat(total(m.freelancer().get("api/v1/jobs?q=ilestones").json())).isEqualTo(1_000);
    var common = m.freelancer().get("api/v1/jobs?q=milestones").json();
    assertThat(common.getJsonNumber("total").longValue()).isEqualTo(1_000);
    assertThat(common.getBoolean("more")).isTrue();
    assertThat(common.getJsonArray("jobs")).hasSize(20);
    assertThat(
            m.freelancer().get("api/v1/jobs?q=website").json().getJsonNumber("total").longValue())
        .isEqualTo(600);
    assertThat(
            m.freelancer().get("api/v1/jobs?q=zeppelin").json().getJsonNumber("total").longValue())
        .isZero();
    assertThat(
            m.freelancer()
                .get("api/v1/jobs?q=website&category=DEVELOPMENT&type=FIXED")
                .json()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(57);

    // the deepest page ends at the limit
    assertThat(m.freelancer().get("api/v1/jobs?first=9990&size=20").json().getJsonArray("jobs"))
        .hasSize(10);
    assertThat(m.freelancer().get("api/v1/jobs?first=10000").json().getJsonArray("jobs")).isEmpty();
  }

  @Test
  void jobBoardFiltersByTextCategorySkillBudgetAndType() {
    var m = market("board");
    long logo = postJob(m.client(), "Logo for a bakery", "DESIGN", "Illustrator, Branding", 30_000);
    long api = postJob(m.client(), "REST API in Java", "DEVELOPMENT", "java, sql", 250_000);
    long copy = postJob(m.client2(), "Website copy", "WRITING", "copywriting", 50_000);

    assertThat(ids(m.freelancer().get("api/v1/jobs").json())).containsExactly(copy, api, logo);
    assertThat(ids(m.freelancer().get("api/v1/jobs?q=bakery").json())).containsExactly(logo);
    assertThat(ids(m.freelancer().get("api/v1/jobs?category=DEVELOPMENT").json()))
        .containsExactly(api);
    assertThat(ids(m.freelancer().get("api/v1/jobs?skill=JAVA").json())).containsExactly(api);
    assertThat(ids(m.freelancer().get("api/v1/jobs?skill=jav").json())).isEmpty();
    assertThat(ids(m.freelancer().get("api/v1/jobs?min=40000&max=100000").json()))
        .containsExactly(copy);
    assertThat(ids(m.freelancer().get("api/v1/jobs?type=HOURLY").json())).isEmpty();
    var paged = m.freelancer().get("api/v1/jobs?first=1&size=1").json();
    assertThat(paged.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(ids(paged)).containsExactly(api);

    var refused =
        m.client()
            .postJson(
                "api/v1/jobs",
                "{\"title\":\"\",\"description\":\"x\",\"category\":\"DESIGN\",\"budget\":100}");
    assertProblem(refused, 400, "title");
    assertThat(m.client().get("api/v1/jobs").json().getJsonNumber("total").longValue())
        .isEqualTo(3);
    assertThat(
            m.freelancer()
                .postJson(
                    "api/v1/jobs",
                    "{\"title\":\"Mine\",\"description\":\"x\",\"category\":\"DESIGN\",\"budget\":100}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void proposalsOncePerFreelancerWithdrawShortlistDeclineAndHire() {
    var m = market("proposals");
    long job = postJob(m.client(), "Brochure", "DESIGN", "print", 80_000);
    long mine = apply(m.freelancer(), job, 75_000);
    assertProblem(
        m.freelancer()
            .post(
                "api/v1/jobs/" + job + "/proposals",
                Map.of("coverLetter", "again", "amount", 1, "timelineDays", 1)),
        409,
        "already sent a proposal");
    assertThat(
            m.client()
                .post(
                    "api/v1/jobs/" + job + "/proposals",
                    Map.of("coverLetter", "x", "amount", 1, "timelineDays", 1))
                .status())
        .isEqualTo(403);
    long other = apply(m.freelancer2(), job, 70_000);

    // only the job's client sees and handles its proposals
    assertThat(m.client().get("api/v1/jobs/" + job + "/proposals").array()).hasSize(2);
    assertThat(m.client2().get("api/v1/jobs/" + job + "/proposals").status()).isEqualTo(403);
    assertThat(m.client2().post("api/v1/proposals/" + mine + "/shortlisting").status())
        .isEqualTo(403);
    assertThat(m.freelancer2().get("api/v1/proposals/" + mine).status()).isEqualTo(404);
    assertThat(
            m.client()
                .post("api/v1/proposals/" + mine + "/shortlisting")
                .json()
                .getString("status"))
        .isEqualTo("SHORTLISTED");
    assertThat(
            m.freelancer2()
                .post("api/v1/proposals/" + other + "/withdrawal")
                .json()
                .getString("status"))
        .isEqualTo("WITHDRAWN");
    assertProblem(m.client().post("api/v1/proposals/" + other + "/declining"), 409, "withdrawn");

    var contract = hire(m.client(), mine, "[]");
    assertThat(contract.getString("status")).isEqualTo("OPEN");
    assertThat(contract.getJsonArray("milestones")).hasSize(1);
    assertThat(
            contract
                .getJsonArray("milestones")
                .getJsonObject(0)
                .getJsonNumber("amount")
                .longValue())
        .isEqualTo(75_000);
    assertThat(m.freelancer().get("api/v1/jobs/" + job).json().getString("status"))
        .isEqualTo("HIRED");
    assertThat(ids(m.freelancer2().get("api/v1/jobs").json())).doesNotContain(job);
    assertProblem(
        m.freelancer2()
            .post(
                "api/v1/jobs/" + job + "/proposals",
                Map.of("coverLetter", "late", "amount", 1, "timelineDays", 1)),
        409,
        "no longer takes proposals");
  }

  @Test
  void contractLifecycleEnforcesStatesAndSidesAndMovesMoneyOnce() {
    var m = market("lifecycle");
    long job = postJob(m.client(), "Mobile app", "DEVELOPMENT", "kotlin", 300_000);
    long proposal = apply(m.freelancer(), job, 300_000);
    var contract =
        hire(
            m.client(),
            proposal,
            "[{\"title\":\"Design\",\"amount\":100000},{\"title\":\"Build\",\"amount\":200000}]");
    long id = id(contract);
    String path = "api/v1/contracts/" + id;

    // Open: nothing to submit or approve yet; only the client funds
    assertProblem(
        submit(m.freelancer(), id, new Api.FilePart("a.pdf", TestFiles.pdf("a"))),
        409,
        "you cannot submit work now. Possible now: add a milestone (the client), fund a milestone (the client)");
    assertProblem(
        m.freelancer().post(path + "/milestones/" + milestone(contract, 1) + "/funding"),
        403,
        "Only the client can fund a milestone.");
    // an empty wallet is refused and nothing changes
    assertProblem(
        m.client().post(path + "/milestones/" + milestone(contract, 1) + "/funding"),
        409,
        "Insufficient funds");
    assertThat(m.client().get(path).json().getString("status")).isEqualTo("OPEN");
    topUp(m.client(), 150_000);
    var funded =
        m.client().post(path + "/milestones/" + milestone(contract, 1) + "/funding").json();
    assertThat(funded.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(funded.getJsonNumber("held").longValue()).isEqualTo(100_000);
    assertThat(wallet(m.client(), "available")).isEqualTo(50_000);
    assertThat(wallet(m.client(), "inEscrow")).isEqualTo(100_000);
    assertProblem(
        m.client().post(path + "/milestones/" + milestone(contract, 1) + "/funding"),
        409,
        "funded already");

    // In progress: no approval before a submission; the client cannot submit
    assertProblem(m.client().post(path + "/approval"), 409, "you cannot approve the work now");
    assertProblem(
        submit(m.client(), id, new Api.FilePart("x.pdf", TestFiles.pdf("x"))),
        403,
        "Only the freelancer can submit work.");
    var submitted =
        submit(m.freelancer(), id, new Api.FilePart("design.pdf", TestFiles.pdf("Design")));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.json().getString("status")).isEqualTo("UNDER_REVIEW");
    assertProblem(
        m.freelancer().post(path + "/approval"), 403, "Only the client can approve the work.");
    assertProblem(
        m.client().postJson(path + "/change-request", "{\"text\":\"\"}"),
        400,
        "Say what should change");
    assertThat(
            m.client()
                .postJson(path + "/change-request", "{\"text\":\"Bigger logo\"}")
                .json()
                .getString("status"))
        .isEqualTo("IN_PROGRESS");
    assertThat(
            submit(m.freelancer(), id, new Api.FilePart("design-2.pdf", TestFiles.pdf("Design 2")))
                .json()
                .getString("status"))
        .isEqualTo("UNDER_REVIEW");

    // approval releases milestone 1 minus the 10 % fee; the contract waits for milestone 2's
    // funding
    var approved = m.client().post(path + "/approval").json();
    assertThat(approved.getString("status")).isEqualTo("OPEN");
    assertThat(approved.getJsonNumber("released").longValue()).isEqualTo(100_000);
    assertThat(wallet(m.freelancer(), "available")).isEqualTo(90_000);
    assertThat(wallet(m.client(), "inEscrow")).isZero();
    assertProblem(m.client().post(path + "/approval"), 409, "you cannot approve the work now");
    assertThat(wallet(m.freelancer(), "available")).isEqualTo(90_000);
    assertProblem(m.client().post(path + "/cancellation"), 409, "paid out");

    topUp(m.client(), 150_000);
    m.client().post(path + "/milestones/" + milestone(contract, 2) + "/funding");
    submit(m.freelancer(), id, new Api.FilePart("app.png", TestFiles.png()));
    var completed = m.client().post(path + "/approval").json();
    assertThat(completed.getString("status")).isEqualTo("COMPLETED");
    assertThat(wallet(m.freelancer(), "available")).isEqualTo(270_000);
    assertThat(
            completed.getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("action")))
        .containsExactly(
            "HIRED",
            "FUNDED",
            "SUBMITTED",
            "CHANGES_REQUESTED",
            "SUBMITTED",
            "APPROVED",
            "FUNDED",
            "SUBMITTED",
            "APPROVED");
    assertProblem(
        m.freelancer().postJson(path + "/dispute", "{\"text\":\"late\"}"), 409, "completed");

    // reviews: one per side, only now; shown on the freelancer's public profile with the average,
    // without the client's name or the contract
    assertProblem(
        m.client().postJson(path + "/reviews", "{\"stars\":6,\"text\":\"Great\"}"), 400, "1 and 5");
    assertThat(
            m.client()
                .postJson(path + "/reviews", "{\"stars\":5,\"text\":\"Superb work\"}")
                .status())
        .isEqualTo(200);
    assertProblem(
        m.client().postJson(path + "/reviews", "{\"stars\":4,\"text\":\"Again\"}"),
        409,
        "reviewed this contract already");
    assertThat(
            m.freelancer()
                .postJson(path + "/reviews", "{\"stars\":4,\"text\":\"Clear brief\"}")
                .status())
        .isEqualTo(200);
    long freelancerId = completed.getJsonNumber("freelancerId").longValue();
    String profile = new Api(base).get("t/" + m.slug() + "/freelancers/" + freelancerId).body();
    assertThat(profile)
        .contains("Fay Freelancer", "Superb work", "★ 5.0")
        .doesNotContain("Clear brief")
        .as("nothing that identifies the client: neither their name nor the contract's title")
        .doesNotContain("Clara Client", "Mobile app");
    assertThat(m.owner().get("api/v1/wallet/audit").json().getJsonArray("violations")).isEmpty();
    assertThat(m.client().get("api/v1/wallet/audit").status()).isEqualTo(403);
  }

  @Test
  void disputesKeepFundsHeldUntilTheOwnerSplitsOrRefunds() {
    var m = market("dispute");
    topUp(m.client(), 200_000);
    long split = fundedContract(m.client(), m.freelancer(), "Illustrations", 100_000);
    var disputed =
        m.freelancer()
            .postJson(
                "api/v1/contracts/" + split + "/dispute", "{\"text\":\"Client went silent\"}");
    assertThat(disputed.json().getString("status")).isEqualTo("DISPUTED");
    assertThat(wallet(m.client(), "inEscrow")).isEqualTo(100_000);
    assertProblem(m.client().post("api/v1/contracts/" + split + "/approval"), 409, "disputed");
    assertThat(
            m.client()
                .postJson(
                    "api/v1/contracts/" + split + "/resolution",
                    "{\"decision\":\"RELEASE\",\"toFreelancer\":0,\"note\":\"mine\"}")
                .status())
        .isEqualTo(403);
    assertProblem(
        m.owner()
            .postJson(
                "api/v1/contracts/" + split + "/resolution",
                "{\"decision\":\"SPLIT\",\"toFreelancer\":100000,\"note\":\"all\"}"),
        400,
        "less than everything");

    var resolved =
        m.owner()
            .postJson(
                "api/v1/contracts/" + split + "/resolution",
                "{\"decision\":\"SPLIT\",\"toFreelancer\":60000,\"note\":\"Half the pictures were delivered\"}")
            .json();
    assertThat(resolved.getString("status")).isEqualTo("COMPLETED");
    var dispute = resolved.getJsonObject("dispute");
    assertThat(dispute.getString("resolvedBy")).isEqualTo("Owner of " + m.slug());
    assertThat(dispute.getJsonNumber("toFreelancer").longValue()).isEqualTo(60_000);
    assertThat(dispute.getJsonNumber("toClient").longValue()).isEqualTo(40_000);
    assertThat(wallet(m.freelancer(), "available")).isEqualTo(54_000);
    assertThat(wallet(m.client(), "available")).isEqualTo(140_000);

    long refund = fundedContract(m.client(), m.freelancer(), "Translation", 50_000);
    m.client()
        .postJson("api/v1/contracts/" + refund + "/dispute", "{\"text\":\"Nothing delivered\"}");
    var refunded =
        m.owner()
            .postJson(
                "api/v1/contracts/" + refund + "/resolution",
                "{\"decision\":\"REFUND\",\"toFreelancer\":0,\"note\":\"No work shown\"}")
            .json();
    assertThat(refunded.getString("status")).isEqualTo("CANCELLED");
    assertThat(wallet(m.client(), "available")).isEqualTo(140_000);
    assertThat(m.owner().get("api/v1/wallet/audit").json().getJsonArray("violations")).isEmpty();
  }

  @Test
  void cancellationNeedsBothSidesAndReturnsHeldFunds() {
    var m = market("cancel");
    topUp(m.client(), 80_000);
    long id = fundedContract(m.client(), m.freelancer(), "Podcast edit", 80_000);
    assertThat(wallet(m.client(), "available")).isZero();
    var asked = m.client().post("api/v1/contracts/" + id + "/cancellation").json();
    assertThat(asked.getString("status")).isEqualTo("IN_PROGRESS");
    assertProblem(
        m.client().post("api/v1/contracts/" + id + "/cancellation"),
        409,
        "other side has to agree");
    var cancelled = m.freelancer().post("api/v1/contracts/" + id + "/cancellation").json();
    assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    assertThat(wallet(m.client(), "available")).isEqualTo(80_000);
    assertThat(wallet(m.client(), "inEscrow")).isZero();
  }

  @Test
  void deliverablesAreCheckedByContentAndServedOnlyToThePartiesAndTheOwner() {
    var m = market("files");
    topUp(m.client(), 100_000);
    long id = fundedContract(m.client(), m.freelancer(), "Annual report", 100_000);
    byte[] pdf = TestFiles.pdf("Report of " + m.slug());
    byte[] png = TestFiles.png();

    // a script or a program whose name says so is refused, though its content is an accepted
    // kind (text, a zip): it would be served, and run, under that name
    assertProblem(
        submit(
            m.freelancer(),
            id,
            new Api.FilePart("install.ps1", "Remove-Item -Recurse $HOME\r\n".getBytes(UTF_8))),
        400,
        "“install.ps1” is named as a .ps1 file, but its content is text/plain: name it .txt");
    assertProblem(
        submit(m.freelancer(), id, new Api.FilePart("tool.jar", TestFiles.zip())),
        400,
        "“tool.jar” is not an accepted kind of file (it is application/java-archive)."
            + " Accepted: application/pdf (.pdf), application/zip (.zip)");
    // a program renamed to .pdf is refused by its content, and the good file with it is not kept
    assertProblem(
        submit(
            m.freelancer(),
            id,
            new Api.FilePart("report.pdf", pdf),
            new Api.FilePart("invoice.pdf", TestFiles.executable())),
        400,
        "“invoice.pdf” is not an accepted kind of file");
    var unchanged = m.client().get("api/v1/contracts/" + id).json();
    assertThat(unchanged.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(unchanged.getJsonArray("submissions")).isEmpty();
    // over the workspace's limit
    assertThat(
            m.owner()
                .putJson(
                    "api/v1/workspace/rules",
                    "{\"autoReleaseDays\":14,\"uploadTypes\":[\"application/pdf\",\"image/png\"],\"uploadMaxBytes\":102400}")
                .status())
        .isEqualTo(200);
    assertProblem(
        submit(m.freelancer(), id, new Api.FilePart("big.pdf", TestFiles.largePdf(200 * 1024))),
        400,
        "“big.pdf” is too large: files may be at most 100 KB.");
    assertThat(m.client().get("api/v1/contracts/" + id).json().getJsonArray("submissions"))
        .isEmpty();
    // nothing of the refused batches is left in the file area, not even the good PDF
    assertThat(storedCopies(pdf)).isZero();
    assertThat(storedCopies(TestFiles.executable())).isZero();
    assertThat(incomingParts()).isZero();

    var submitted =
        submit(
            m.freelancer(),
            id,
            new Api.FilePart("report.pdf", pdf),
            new Api.FilePart("chart.png", png));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    var files = submitted.json().getJsonArray("submissions").getJsonObject(0).getJsonArray("files");
    assertThat(files.stream().map(f -> f.asJsonObject().getString("mediaType")))
        .containsExactly("application/pdf", "image/png");
    long pdfId = id(files.getJsonObject(0));
    assertThat(storedCopies(pdf)).isEqualTo(1);
    assertThat(files.getJsonObject(0).getString("sha256")).isEqualTo(sha256(pdf));

    var byClient = m.client().download("api/v1/files/" + pdfId);
    assertThat(byClient.status()).isEqualTo(200);
    assertThat(byClient.contentType()).startsWith("application/pdf");
    assertThat(byClient.body()).isEqualTo(pdf);
    assertThat(m.owner().download("api/v1/files/" + pdfId).body()).isEqualTo(pdf);
    assertThat(m.freelancer2().download("api/v1/files/" + pdfId).status()).isEqualTo(404);
    assertThat(m.client2().download("api/v1/files/" + pdfId).status()).isEqualTo(404);
    assertThat(new Api(base).download("api/v1/files/" + pdfId).status()).isIn(401, 403);
    var stranger = market("files-other");
    assertThat(stranger.owner().download("api/v1/files/" + pdfId).status()).isEqualTo(404);
  }

  @Test
  void anotherWorkspaceCannotSeeOrTouchJobsProposalsOrContractsById() {
    var a = market("iso-a");
    var b = market("iso-b");
    topUp(a.client(), 50_000);
    long job = postJob(a.client(), "Secret project", "DATA", "python", 50_000);
    long proposal = apply(a.freelancer(), job, 50_000);
    long contract = id(hire(a.client(), proposal, "[]"));

    assertThat(ids(b.freelancer().get("api/v1/jobs").json())).doesNotContain(job);
    assertThat(b.freelancer().get("api/v1/jobs?q=Secret").json().getJsonNumber("total").longValue())
        .isZero();
    for (Api outsider : List.of(b.owner(), b.client(), b.freelancer())) {
      assertThat(outsider.get("api/v1/jobs/" + job).status()).isEqualTo(404);
      assertThat(outsider.get("api/v1/contracts/" + contract).status()).isEqualTo(404);
    }
    assertThat(b.owner().get("api/v1/proposals/" + proposal).status()).isEqualTo(404);
    assertThat(
            b.freelancer()
                .post(
                    "api/v1/jobs/" + job + "/proposals",
                    Map.of("coverLetter", "x", "amount", 1, "timelineDays", 1))
                .status())
        .isEqualTo(404);
    assertThat(b.client().post("api/v1/proposals/" + proposal + "/hire").status()).isIn(404, 415);
    assertThat(b.client().postJson("api/v1/proposals/" + proposal + "/hire", "{}").status())
        .isEqualTo(404);
    assertThat(b.client().post("api/v1/contracts/" + contract + "/milestones/1/funding").status())
        .isEqualTo(404);
    assertThat(
            b.owner()
                .postJson(
                    "api/v1/contracts/" + contract + "/resolution",
                    "{\"decision\":\"REFUND\",\"toFreelancer\":0,\"note\":\"x\"}")
                .status())
        .isEqualTo(404);
    assertThat(b.owner().get("api/v1/contracts").array()).isEmpty();
    // and inside A, a client who is not a party does not see the contract either
    assertThat(a.client2().get("api/v1/contracts/" + contract).status()).isEqualTo(404);
    assertThat(a.client().get("api/v1/contracts/" + contract).json().getString("status"))
        .isEqualTo("OPEN");
  }

  // --- hostile input: every body and parameter is checked at the boundary, answered with a 400
  // problem naming the field, and nothing of it is stored

  @Test
  void decimalsHugeAmountsAndTooManyMilestonesAreRefusedAndNothingIsStored() {
    var m = market("hostile-money");
    String max = "9223372036854775807";
    // a decimal where minor units are expected is not cut to a whole number
    assertProblem(topUpOf(m.client(), "12.5"), 400, "amount");
    assertProblem(topUpOf(m.client(), max), 400, "amount");
    assertProblem(topUpOf(m.client(), "9223372036854775808"), 400, "amount");
    assertThat(wallet(m.client(), "available")).isZero();

    assertProblem(postJobOf(m.client(), "\"budget\":" + max), 400, "budget");
    assertProblem(postJobOf(m.client(), "\"budget\":12.5"), 400, "budget");
    assertThat(total(m.client().get("api/v1/jobs").json())).isZero();

    long job = postJob(m.client(), "Poster", "DESIGN", "print", 100_000);
    String proposals = "api/v1/jobs/" + job + "/proposals";
    assertProblem(
        m.freelancer()
            .postJson(
                proposals, "{\"coverLetter\":\"Me\",\"amount\":" + max + ",\"timelineDays\":3}"),
        400,
        "amount");
    assertProblem(
        m.freelancer()
            .postJson(proposals, "{\"coverLetter\":\"Me\",\"amount\":100,\"timelineDays\":4.5}"),
        400,
        "timelineDays");
    assertThat(m.client().get(proposals).array()).isEmpty();

    long proposal = apply(m.freelancer(), job, 100_000);
    String hire = "api/v1/proposals/" + proposal + "/hire";
    String huge = "{\"title\":\"All\",\"amount\":" + max + "}";
    assertProblem(
        m.client().postJson(hire, "{\"milestones\":[" + huge + "," + huge + "]}"), 400, "amount");
    assertProblem(
        m.client().postJson(hire, "{\"milestones\":[{\"title\":\"Half\",\"amount\":12.5}]}"),
        400,
        "amount");
    String one = "{\"title\":\"Part\",\"amount\":100}";
    assertProblem(
        m.client()
            .postJson(
                hire,
                "{\"milestones\":["
                    + String.join(",", java.util.Collections.nCopies(21, one))
                    + "]}"),
        400,
        "milestones");
    assertThat(m.client().get("api/v1/proposals/" + proposal).json().getString("status"))
        .isEqualTo("SUBMITTED");
    assertThat(m.client().get("api/v1/contracts").array()).isEmpty();

    // the owner's rules: days are whole, the list of types is required
    String rules = "api/v1/workspace/rules";
    var before = m.owner().get(rules).json();
    assertProblem(
        m.owner()
            .putJson(
                rules,
                "{\"autoReleaseDays\":4.5,\"uploadTypes\":[\"application/pdf\"],\"uploadMaxBytes\":102400}"),
        400,
        "autoReleaseDays");
    assertProblem(
        m.owner().putJson(rules, "{\"autoReleaseDays\":4,\"uploadMaxBytes\":102400}"),
        400,
        "uploadTypes");
    assertProblem(m.owner().putJson(rules, "null"), 400, "body");
    assertThat(m.owner().get(rules).json()).isEqualTo(before);

    // a split of 12.5 pays neither 12 nor anything else
    topUp(m.client(), 100_000);
    long contract = fundedContract(m.client(), m.freelancer2(), "Flyer", 50_000);
    m.client().postJson("api/v1/contracts/" + contract + "/dispute", "{\"text\":\"Late\"}");
    assertProblem(
        m.owner()
            .postJson(
                "api/v1/contracts/" + contract + "/resolution",
                "{\"decision\":\"SPLIT\",\"toFreelancer\":12.5,\"note\":\"Half\"}"),
        400,
        "toFreelancer");
    assertProblem(
        m.client().postJson("api/v1/contracts/" + contract + "/milestones", huge), 400, "amount");
    var unchanged = m.client().get("api/v1/contracts/" + contract).json();
    assertThat(unchanged.getString("status")).isEqualTo("DISPUTED");
    assertThat(unchanged.getJsonArray("milestones")).hasSize(1);
    assertThat(wallet(m.freelancer2(), "available")).isZero();
    assertThat(wallet(m.client(), "inEscrow")).isEqualTo(50_000);
  }

  @Test
  void overlongTextsAreRefusedAndNothingIsStored() {
    var m = market("hostile-text");
    String long200k = "x".repeat(200_000);
    String megabyte = "y".repeat(1024 * 1024);
    assertProblem(postJobOf(m.client(), "\"budget\":100", "T".repeat(121)), 400, "title");
    assertProblem(
        m.client()
            .postJson(
                "api/v1/jobs",
                "{\"title\":\"Big\",\"description\":\""
                    + long200k
                    + "\",\"category\":\"DESIGN\",\"budget\":100}"),
        400,
        "description");
    assertThat(total(m.client().get("api/v1/jobs").json())).isZero();

    long job = postJob(m.client(), "Banner", "DESIGN", "", 50_000);
    assertProblem(
        m.freelancer()
            .postJson(
                "api/v1/jobs/" + job + "/proposals",
                "{\"coverLetter\":\"" + long200k + "\",\"amount\":100,\"timelineDays\":3}"),
        400,
        "coverLetter");
    assertThat(m.client().get("api/v1/jobs/" + job + "/proposals").array()).isEmpty();

    topUp(m.client(), 50_000);
    long contract = fundedContract(m.client(), m.freelancer(), "Leaflet", 50_000);
    String path = "api/v1/contracts/" + contract;
    // a note of a megabyte is refused, not cut to its first 2 000 characters and kept
    assertProblem(
        m.freelancer().postMultipart(path + "/submissions", Map.of("note", megabyte), List.of()),
        400,
        "note");
    assertThat(m.client().get(path).json().getJsonArray("submissions")).isEmpty();
    assertThat(submit(m.freelancer(), contract).status()).isEqualTo(200);
    assertProblem(
        m.client().postJson(path + "/change-request", "{\"text\":\"" + long200k + "\"}"),
        400,
        "text");
    assertProblem(
        m.client().postJson(path + "/dispute", "{\"text\":\"" + long200k + "\"}"), 400, "text");
    var unchanged = m.client().get(path).json();
    assertThat(unchanged.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(
            unchanged.getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("action")))
        .containsExactly("HIRED", "FUNDED", "SUBMITTED");

    var conversation =
        m.freelancer()
            .postJson(
                "api/v1/conversations",
                "{\"contextType\":\"CONTRACT\",\"contextId\":" + contract + "}")
            .json();
    assertProblem(
        m.freelancer()
            .postMultipart(
                "api/v1/conversations/" + id(conversation) + "/messages",
                Map.of("body", megabyte),
                List.of()),
        400,
        "body");
    assertThat(
            m.freelancer()
                .get("api/v1/conversations/" + id(conversation))
                .json()
                .getJsonArray("messages"))
        .isEmpty();

    // the forms show the same limits
    assertThat(m.client().get("app/client/post-job.xhtml").body())
        .contains("maxlength=\"" + 120 + "\"", "maxlength=\"" + 10_000 + "\"");
    assertThat(m.client().get("app/contract.xhtml?id=" + contract).body())
        .contains("maxlength=\"" + 2_000 + "\"");

    String slug = m.slug();
    var stranger = new Api(base);
    assertProblem(
        stranger.postJson(
            "api/v1/t/" + slug + "/members",
            "{\"displayName\":\""
                + long200k
                + "\",\"email\":\"long@"
                + slug
                + ".test\",\"password\":\"correct-horse-1\",\"role\":\"CLIENT\"}"),
        400,
        "displayName");
    assertThat(stranger.signIn(slug, "long@" + slug + ".test").status()).isEqualTo(401);
  }

  @Test
  void unreadableSignInBodiesAnswer400ProblemsAndTheSearchUsesAFewWords() {
    var m = market("hostile-body");
    String session = "api/v1/t/" + m.slug() + "/session";
    var anonymous = new Api(base);
    for (String body :
        List.of(
            "null",
            "",
            "[1]",
            "{\"email\":",
            "{\"email\":\"client@" + m.slug() + ".test\"}",
            "{\"email\":\"client@" + m.slug() + ".test\",\"password\":null}",
            "{\"email\":{\"a\":1},\"password\":\"x\"}",
            "{\"x\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}",
            "{\"email\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}")) {
      var refused = anonymous.postJson(session, body);
      assertThat(refused.status())
          .as(body.length() > 80 ? body.substring(0, 80) : body)
          .isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("title")).isNotBlank();
    }
    assertThat(anonymous.get("api/v1/session").status()).isIn(401, 403);
    assertThat(anonymous.signIn(m.slug(), "client@" + m.slug() + ".test").status()).isEqualTo(200);

    // many words: the board uses the first few of them and answers; longer text is refused
    long job = postJob(m.client(), "Alpha beta gamma", "DESIGN", "", 10_000);
    String words = String.join("+", java.util.Collections.nCopies(33, "alpha"));
    var found = m.freelancer().get("api/v1/jobs?q=" + words);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(ids(found.json())).containsExactly(job);
    assertProblem(m.freelancer().get("api/v1/jobs?q=" + words + "+alpha"), 400, "q");
    assertProblem(m.freelancer().get("api/v1/jobs?size=100000"), 400, "size");
    assertProblem(m.freelancer().get("api/v1/jobs?first=-1"), 400, "first");
  }

  @Test
  void theAnonymousReadinessCheckSaysOnlyUpOrDown() {
    var ready = new Api(base).get("/health/ready");
    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"database\"", "\"status\"")
        .doesNotContainIgnoringCase("mariadb")
        .doesNotContain("product", "version", "error", "Exception");
  }

  private static Api.Reply topUpOf(Api member, String amount) {
    return member.postJson(
        "api/v1/wallet/top-ups",
        "{\"key\":\""
            + java.util.UUID.randomUUID()
            + "\",\"amount\":"
            + amount
            + ",\"card\":\"4242424242424242\"}");
  }

  private static Api.Reply postJobOf(Api client, String budget) {
    return postJobOf(client, budget, "Hostile");
  }

  private static Api.Reply postJobOf(Api client, String budget, String title) {
    return client.postJson(
        "api/v1/jobs",
        "{\"title\":\""
            + title
            + "\",\"description\":\"Work\",\"category\":\"DESIGN\","
            + budget
            + "}");
  }

  /** The file area of the test run's application (outside its web root). */
  private static java.nio.file.Path fileArea() {
    return java.nio.file.Path.of(System.getProperty("marketplace.stack.dir"), "files");
  }

  /** How many stored files hold exactly these bytes (files are kept under their SHA-256). */
  private static long storedCopies(byte[] content) {
    String name = sha256(content);
    try (var files = java.nio.file.Files.walk(fileArea())) {
      return files.filter(p -> p.getFileName().toString().equals(name)).count();
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long incomingParts() {
    try (var files = java.nio.file.Files.list(fileArea().resolve("incoming"))) {
      return files.count();
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long total(JsonObject page) {
    return page.getJsonNumber("total").longValue();
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("jobs").stream()
        .map(j -> j.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }
}
