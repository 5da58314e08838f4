package com.marketplace.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** A JSON API client with its own cookie jar: one signed-in person per instance. */
public final class Api {

  private final URI base;
  private final HttpClient http;

  public Api(URL deployment) {
    this.base = URI.create(Deployments.local(deployment));
    this.http =
        HttpClient.newBuilder()
            // as browsers speak to a server without TLS; the listener does not upgrade to h2c
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * An answer; {@code retryAfter} is its Retry-After header in seconds, or -1; {@code location} its
   * Location header, or "".
   */
  public record Reply(
      int status, String contentType, String body, long retryAfter, String location) {

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    public JsonStructure any() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  public Reply post(String path, Map<String, ?> body) {
    var json = Json.createObjectBuilder();
    body.forEach(
        (k, v) -> {
          if (v instanceof Number n) {
            json.add(
                k,
                n.toString().contains(".")
                    ? Json.createValue(new java.math.BigDecimal(n.toString()))
                    : Json.createValue(n.longValue()));
          } else {
            json.add(k, String.valueOf(v));
          }
        });
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.build().toString())));
  }

  /** POSTs a JSON document as written (for nested bodies). */
  public Reply postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POSTs a JSON document with one more header (an {@code Idempotency-Key}, say). */
  public Reply postJson(String path, String json, String header, String value) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POSTs a JSON document chunked, without saying its length up front. */
  public Reply postJsonChunked(String path, String json) {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(bytes))));
  }

  public Reply putJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply patchJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A file part of a multipart request. */
  public record FilePart(String name, byte[] content) {}

  /** POSTs multipart/form-data: text fields and file parts (all named "files"). */
  public Reply postMultipart(String path, Map<String, String> fields, List<FilePart> files) {
    String boundary = "----marketplace" + UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    var utf8 = java.nio.charset.StandardCharsets.UTF_8;
    fields.forEach(
        (k, v) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + k
                        + "\"\r\n\r\n"
                        + v
                        + "\r\n")
                    .getBytes(utf8)));
    for (FilePart f : files) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                  + f.name()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(utf8));
      body.writeBytes(f.content());
      body.writeBytes("\r\n".getBytes(utf8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** GETs raw bytes (a download): status and body. */
  public Download download(String path) {
    try {
      var response =
          http.send(
              HttpRequest.newBuilder(base.resolve(path))
                  .timeout(Duration.ofSeconds(60))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public record Download(int status, String contentType, byte[] body) {}

  public Reply delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
  }

  public Reply post(String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /**
   * A form POST as another site's page would send it with this person's cookies: form-encoded,
   * naming its own origin (or none, as older browsers do), without the header that same-site
   * clients add.
   */
  public Reply postFromAnotherSite(String path, String origin, String form) {
    var request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      request.header("Origin", origin).header("Sec-Fetch-Site", "cross-site");
    }
    return sendAs(request);
  }

  /**
   * Opens a page and sends one of its forms as the browser would: to the form's action, with the
   * page's view state, the form's own marker and the given fields (a button's name and value among
   * them, or a command link's name twice).
   */
  public Reply submitForm(String page, String formId, Map<String, String> fields) {
    String html = get(page).body();
    var form =
        java.util.regex.Pattern.compile(
                "<form id=\""
                    + java.util.regex.Pattern.quote(formId)
                    + "\"[^>]*action=\"([^\"]+)\"")
            .matcher(html);
    var state =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(html);
    if (!form.find() || !state.find()) {
      throw new IllegalStateException("No form " + formId + " on " + page + ": " + html);
    }
    var all = new java.util.LinkedHashMap<String, String>(fields);
    all.put(formId, formId);
    all.put("jakarta.faces.ViewState", state.group(1));
    return postForm(form.group(1).replace("&amp;", "&"), all);
  }

  /** A form POST as this site's own page sends it (form-encoded, no API header). */
  public Reply postForm(String path, Map<String, String> fields) {
    return sendAs(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncoded(fields))));
  }

  /**
   * A Faces Ajax request as the page's own script sends it: the form's fields, form-encoded, marked
   * as a partial request. The answer is the partial response (XML).
   */
  public Reply postFacesAjax(String path, Map<String, String> fields) {
    return sendAs(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(formEncoded(fields))));
  }

  private static String formEncoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            f ->
                java.net.URLEncoder.encode(f.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                    + "="
                    + java.net.URLEncoder.encode(
                        f.getValue(), java.nio.charset.StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
  }

  private Reply send(HttpRequest.Builder request) {
    return sendAs(request.header("X-Requested-With", "marketplace-api-client"));
  }

  private Reply sendAs(HttpRequest.Builder request) {
    try {
      var response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(-1L),
          response.headers().firstValue("Location").orElse(""));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new workspace (EUR, 10 % fee) whose owner, {@code owner@<slug>.test}, is signed in. */
  public static Api owner(URL deployment, String slug) {
    var owner = new Api(deployment);
    owner.expect(201, owner.signUpBusiness(slug, "owner@" + slug + ".test"));
    owner.verifyEmail(slug, "owner@" + slug + ".test");
    owner.expect(200, owner.signIn(slug, "owner@" + slug + ".test"));
    return owner;
  }

  /** A new member {@code <local>@<slug>.test} of the workspace, signed in. */
  public static Api member(URL deployment, String slug, String name, String local, String role) {
    var member = new Api(deployment);
    member.expect(202, member.register(slug, name, local + "@" + slug + ".test", role));
    member.verifyEmail(slug, local + "@" + slug + ".test");
    member.expect(200, member.signIn(slug, local + "@" + slug + ".test"));
    return member;
  }

  private void expect(int status, Reply reply) {
    if (reply.status() != status) {
      throw new IllegalStateException(
          "Expected " + status + ", got " + reply.status() + ": " + reply.body());
    }
  }

  /** The subject of the email that carries the link to confirm an address. */
  public static final String CONFIRMATION = "Confirm your email address";

  private static final java.util.regex.Pattern VERIFY_LINK =
      java.util.regex.Pattern.compile("/verify\\?token=([A-Za-z0-9_-]{43})");

  /**
   * Confirms a new member's address as they would: the link in their newest confirmation email,
   * used, read from the run's SMTP server once the mailer sent it. A link answered 410 (a newer one
   * was sent) means the newest email is still on its way: it is waited for.
   */
  public void verifyEmail(String slug, String email) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      String text = latestEmail(email, CONFIRMATION).orElse(null);
      if (text != null) {
        var link = VERIFY_LINK.matcher(text);
        if (!link.find()) {
          throw new IllegalStateException("No confirmation link in: " + text);
        }
        Reply used =
            post("api/v1/t/" + slug + "/email-verifications", Map.of("token", link.group(1)));
        if (used.status() != 410) {
          expect(200, used);
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("No usable confirmation email reached " + email);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The text of the newest email to the address whose subject ends with the words. */
  public static java.util.Optional<String> latestEmail(String address, String subjectEnd) {
    List<String> all = emails(address, subjectEnd);
    return all.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(all.get(all.size() - 1));
  }

  /**
   * The texts of the emails to the address whose subject ends with the words, oldest first, as the
   * run's SMTP server received them: read over its POP3 side (read-only), which serves the tests
   * inside the application and outside alike. The application's queued email is no source: it keeps
   * no link's token.
   */
  public static List<String> emails(String address, String subjectEnd) {
    int port = Integer.getInteger("it.pop3.port");
    try (Store store = Session.getInstance(new Properties()).getStore("pop3")) {
      store.connect("127.0.0.1", port, address, address);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        List<String> texts = new java.util.ArrayList<>();
        for (Message email : inbox.getMessages()) {
          if (String.valueOf(email.getSubject()).endsWith(subjectEnd)) {
            texts.add(text(email));
          }
        }
        return texts;
      } finally {
        inbox.close(false);
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("Reading the mailbox of " + address + " failed", e);
    }
  }

  /** An email's text: its parts' contents one after the other. */
  static String text(Part email) {
    try {
      Object content = email.getContent();
      if (content instanceof Multipart parts) {
        var text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
          text.append(parts.getBodyPart(i).getContent()).append('\n');
        }
        return text.toString();
      }
      return String.valueOf(content);
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Reply signUpBusiness(String slug, String ownerEmail) {
    return post(
        "api/v1/businesses",
        Map.of(
            "businessName",
            "Business " + slug,
            "slug",
            slug,
            "currency",
            "EUR",
            "feePercent",
            10,
            "primaryColour",
            "#112233",
            "ownerName",
            "Owner of " + slug,
            "ownerEmail",
            ownerEmail,
            "ownerPassword",
            "correct-horse-1"));
  }

  public Reply register(String slug, String name, String email, String role) {
    return register(slug, name, email, role, "correct-horse-1");
  }

  public Reply register(String slug, String name, String email, String role, String password) {
    return post(
        "api/v1/t/" + slug + "/members",
        Map.of("displayName", name, "email", email, "password", password, "role", role));
  }

  /** The id of a member of the owner's workspace, from the directory (registering tells none). */
  public long memberId(String email) {
    return get("api/v1/members?max=100").array().stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(m -> m.getString("email").equals(email))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No member " + email))
        .getJsonNumber("id")
        .longValue();
  }

  public Reply signIn(String slug, String email) {
    return signIn(slug, email, "correct-horse-1");
  }

  public Reply signIn(String slug, String email, String password) {
    return post("api/v1/t/" + slug + "/session", Map.of("email", email, "password", password));
  }
}
