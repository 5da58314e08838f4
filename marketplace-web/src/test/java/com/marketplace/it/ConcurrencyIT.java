package com.marketplace.it;

import static com.marketplace.it.MarketSteps.apply;
import static com.marketplace.it.MarketSteps.id;
import static com.marketplace.it.MarketSteps.milestone;
import static com.marketplace.it.MarketSteps.postJob;
import static com.marketplace.it.MarketSteps.submit;
import static com.marketplace.it.MarketSteps.wallet;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many members at once, as they really come: signed-in sessions of different members and roles
 * reading the API and pages side by side, and money commands double-clicked and retried at the same
 * moment. Nobody is refused what they may do, nobody sees another's identity, no request fails with
 * a server error, and every amount moves exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private final ExecutorService pool = Executors.newFixedThreadPool(32);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  record Session(Api api, long memberId, String name, String role, String slug) {}

  @Test
  void thirtySessionsOfDifferentMembersAndRolesAreNeverRefusedNorTakenForAnother()
      throws Exception {
    List<Session> sessions = new ArrayList<>();
    for (String prefix : List.of("crowd-a", "crowd-b")) {
      String slug = Api.uniqueSlug(prefix);
      Api owner = Api.owner(base, slug);
      sessions.add(session(owner, slug));
      for (int i = 1; i <= 7; i++) {
        for (String role : List.of("CLIENT", "FREELANCER")) {
          String local = role.toLowerCase() + i;
          sessions.add(
              session(Api.member(base, slug, "Member " + local + " " + slug, local, role), slug));
        }
      }
    }
    assertThat(sessions).hasSize(30);

    int requestsEach = 102;
    List<String> wrong = new CopyOnWriteArrayList<>();
    var start = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (Session s : sessions) {
      running.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < requestsEach; i++) {
                  String problem =
                      switch (i % 3) {
                        case 0 -> checkWhoAmI(s);
                        case 1 -> checkWallet(s);
                        default -> checkDashboard(s);
                      };
                  if (problem != null) {
                    wrong.add(s.name() + " request " + i + ": " + problem);
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : running) {
      f.get(10, TimeUnit.MINUTES);
    }
    assertThat(wrong).as("refused or confused requests of %d", 30 * requestsEach).isEmpty();
  }

  @Test
  void doubleSubmittedMoneyCommandsNeverFailAndMoveMoneyExactlyOnce() throws Exception {
    String slug = Api.uniqueSlug("double");
    Api owner = Api.owner(base, slug);
    List<Api> clients =
        List.of(
            Api.member(base, slug, "Clara Client", "client", "CLIENT"),
            Api.member(base, slug, "Cole Client", "client2", "CLIENT"));
    List<Api> freelancers =
        List.of(
            Api.member(base, slug, "Fay Freelancer", "freelancer", "FREELANCER"),
            Api.member(base, slug, "Finn Freelancer", "freelancer2", "FREELANCER"));
    int contracts = 12;
    long amount = 10_000;
    List<Api.Reply> replies = new CopyOnWriteArrayList<>();

    // every client tops up three times, each top-up sent three times at once with one key
    long[] credited = new long[clients.size()];
    List<Supplier<Api.Reply>> topUps = new ArrayList<>();
    for (int c = 0; c < clients.size(); c++) {
      for (int t = 0; t < 3; t++) {
        String key = UUID.randomUUID().toString();
        Api client = clients.get(c);
        credited[c] += 3 * amount;
        for (int copy = 0; copy < 3; copy++) {
          topUps.add(
              () ->
                  client.post(
                      "api/v1/wallet/top-ups",
                      Map.of("key", key, "amount", 3 * amount, "card", "4242424242424242")));
        }
      }
    }
    fireTogether(topUps, replies);
    for (int c = 0; c < clients.size(); c++) {
      assertThat(wallet(clients.get(c), "available")).isEqualTo(credited[c]);
    }

    // proposals, each hired by two or three clicks at once: one contract per proposal
    long[] proposals = new long[contracts];
    for (int i = 0; i < contracts; i++) {
      long job = postJob(client(clients, i), "Race job " + i, "OTHER", "", amount);
      proposals[i] = apply(freelancer(freelancers, i), job, amount);
    }
    Map<Long, Set<Long>> contractsOfProposal = new ConcurrentHashMap<>();
    List<Supplier<Api.Reply>> hires = new ArrayList<>();
    for (int i = 0; i < contracts; i++) {
      long proposal = proposals[i];
      Api client = client(clients, i);
      for (int copy = 0; copy < 2 + i % 2; copy++) {
        hires.add(
            () -> {
              var hired =
                  client.postJson("api/v1/proposals/" + proposal + "/hire", "{\"milestones\":[]}");
              if (hired.status() == 201) {
                contractsOfProposal
                    .computeIfAbsent(proposal, p -> ConcurrentHashMap.newKeySet())
                    .add(id(hired.json()));
              }
              return hired;
            });
      }
    }
    fireTogether(hires, replies);
    assertThat(contractsOfProposal).hasSize(contracts);
    contractsOfProposal.forEach((p, ids) -> assertThat(ids).as("proposal %d", p).hasSize(1));
    long[] contractIds = new long[contracts];
    for (int i = 0; i < contracts; i++) {
      contractIds[i] = contractsOfProposal.get(proposals[i]).iterator().next();
    }

    // every milestone funded by two or three clicks at once, from the two shared wallets
    List<Supplier<Api.Reply>> fundings = new ArrayList<>();
    for (int i = 0; i < contracts; i++) {
      String path = "api/v1/contracts/" + contractIds[i];
      Api client = client(clients, i);
      long first = milestone(client.get(path).json(), 1);
      for (int copy = 0; copy < 2 + i % 2; copy++) {
        fundings.add(() -> client.post(path + "/milestones/" + first + "/funding"));
      }
    }
    fireTogether(fundings, replies);
    for (int i = 0; i < contracts; i++) {
      var contract = client(clients, i).get("api/v1/contracts/" + contractIds[i]).json();
      assertThat(contract.getString("status")).isEqualTo("IN_PROGRESS");
      assertThat(contract.getJsonNumber("held").longValue()).isEqualTo(amount);
    }

    for (int i = 0; i < contracts; i++) {
      var submitted =
          submit(
              freelancer(freelancers, i),
              contractIds[i],
              new Api.FilePart("work.pdf", TestFiles.pdf("Work " + i)));
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }

    // every approval clicked two or three times at once: released once, minus the 10 % fee
    List<Supplier<Api.Reply>> approvals = new ArrayList<>();
    for (int i = 0; i < contracts; i++) {
      String path = "api/v1/contracts/" + contractIds[i] + "/approval";
      Api client = client(clients, i);
      for (int copy = 0; copy < 2 + i % 2; copy++) {
        approvals.add(() -> client.post(path));
      }
    }
    fireTogether(approvals, replies);
    for (int i = 0; i < contracts; i++) {
      var contract = client(clients, i).get("api/v1/contracts/" + contractIds[i]).json();
      assertThat(contract.getString("status")).isEqualTo("COMPLETED");
      assertThat(contract.getJsonNumber("held").longValue()).isZero();
    }

    // each freelancer withdraws twice, each withdrawal sent three times at once with one key
    List<Supplier<Api.Reply>> withdrawals = new ArrayList<>();
    long withdrawn = 2_000;
    for (Api freelancer : freelancers) {
      for (int w = 0; w < 2; w++) {
        String key = UUID.randomUUID().toString();
        for (int copy = 0; copy < 3; copy++) {
          withdrawals.add(
              () ->
                  freelancer.post(
                      "api/v1/wallet/withdrawals",
                      Map.of("key", key, "amount", withdrawn, "payoutAccount", "DE-RACE-1")));
        }
      }
    }
    fireTogether(withdrawals, replies);

    assertThat(replies.stream().filter(r -> r.status() >= 500).map(Api.Reply::body).toList())
        .as("server errors")
        .isEmpty();
    assertThat(
            replies.stream()
                .filter(r -> r.status() != 200 && r.status() != 201 && r.status() != 409)
                .map(r -> r.status() + " " + r.body())
                .toList())
        .as("answers other than done or already done")
        .isEmpty();

    // balances equal a model of what took effect once
    for (int c = 0; c < clients.size(); c++) {
      long funded = contracts / clients.size() * amount;
      assertThat(wallet(clients.get(c), "available")).isEqualTo(credited[c] - funded);
      assertThat(wallet(clients.get(c), "inEscrow")).isZero();
    }
    long earnedEach = contracts / freelancers.size() * (amount - amount / 10);
    for (Api freelancer : freelancers) {
      Eventually.until(
          () -> wallet(freelancer, "pendingWithdrawal") == 0, "the payouts to be paid");
      assertThat(wallet(freelancer, "available")).isEqualTo(earnedEach - 2 * withdrawn);
    }
    var audit = owner.get("api/v1/wallet/audit").json();
    assertThat(audit.getJsonArray("violations")).as(audit.toString()).isEmpty();
  }

  private static Api client(List<Api> clients, int i) {
    return clients.get(i % clients.size());
  }

  private static Api freelancer(List<Api> freelancers, int i) {
    return freelancers.get(i % freelancers.size());
  }

  /** Sends all requests at the same moment from the pool and keeps every answer. */
  private void fireTogether(List<Supplier<Api.Reply>> requests, List<Api.Reply> replies)
      throws Exception {
    var start = new CountDownLatch(1);
    List<Future<Api.Reply>> sent = new ArrayList<>();
    for (Supplier<Api.Reply> request : requests) {
      sent.add(
          pool.submit(
              () -> {
                start.await();
                return request.get();
              }));
    }
    start.countDown();
    for (Future<Api.Reply> reply : sent) {
      replies.add(reply.get(5, TimeUnit.MINUTES));
    }
  }

  private static Session session(Api api, String slug) {
    var me = api.get("api/v1/session").json();
    return new Session(
        api, id(me), me.getString("displayName"), me.getString("role").toLowerCase(), slug);
  }

  private static String checkWhoAmI(Session s) {
    var reply = s.api().get("api/v1/session");
    if (reply.status() != 200) {
      return "session answered " + reply.status() + " " + reply.body();
    }
    long id = id(reply.json());
    return id == s.memberId() ? null : "session named member " + id;
  }

  private static String checkWallet(Session s) {
    var reply = s.api().get("api/v1/wallet");
    return reply.status() == 200 ? null : "wallet answered " + reply.status() + " " + reply.body();
  }

  private static String checkDashboard(Session s) {
    var page = s.api().download("app/" + s.role() + "/index.xhtml");
    if (page.status() != 200) {
      return "dashboard answered " + page.status();
    }
    String html = new String(page.body(), StandardCharsets.UTF_8);
    // the header names who is signed in, as the link to their account
    return Pattern.compile("<a [^>]*class=\"who\"[^>]*>" + Pattern.quote(s.name()) + "</a>")
            .matcher(html)
            .find()
        ? null
        : "dashboard not of " + s.name();
  }
}
