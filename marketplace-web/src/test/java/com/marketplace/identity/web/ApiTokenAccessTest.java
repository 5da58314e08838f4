package com.marketplace.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.platform.web.JsonConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which calls carry an API token, and which endpoints accept one. */
class ApiTokenAccessTest {

  @Test
  void aBearerTokenIsReadOnlyFromApiCalls() {
    assertThat(BearerTokens.presented("/api/v1/members", "Bearer mkt_abc")).contains("mkt_abc");
    assertThat(BearerTokens.presented("/api/v1/members", "bearer   mkt_abc ")).contains("mkt_abc");
    assertThat(BearerTokens.presented("/api/v1/members", "Bearer")).contains("");
    assertThat(BearerTokens.presented("/api/v1/members", "Bearer ")).contains("");
    assertThat(BearerTokens.presented("/api/v1/members", "Basic dXNlcjpwdw==")).isEmpty();
    assertThat(BearerTokens.presented("/api/v1/members", "Bearerish mkt_abc")).isEmpty();
    assertThat(BearerTokens.presented("/api/v1/members", null)).isEmpty();
    // pages and everything outside the API never sign in by a token
    assertThat(BearerTokens.presented("/app/owner/members.xhtml", "Bearer mkt_abc")).isEmpty();
    assertThat(BearerTokens.presented("/api/v2/members", "Bearer mkt_abc")).isEmpty();
  }

  @Test
  void anEndpointAcceptsATokenOnlyWhereItSaysSo() throws Exception {
    assertThat(accepts(MemberResource.class.getMethod("list", int.class, int.class))).isTrue();
    assertThat(accepts(MemberResource.class.getMethod("get", long.class))).isTrue();
    assertThat(accepts(MemberResource.class.getMethod("suspend", long.class))).isFalse();
    assertThat(accepts(ApiTokenResource.class.getMethod("list", int.class, int.class))).isFalse();
    assertThat(accepts(ApiTokenResource.class.getMethod("revoke", long.class))).isFalse();
  }

  /** Whatever opts in, only reads do: a token never reaches a POST, PUT or DELETE. */
  @Test
  void everyEndpointThatAcceptsATokenIsARead() throws Exception {
    List<String> accepting = new ArrayList<>();
    for (Class<?> resource : resources()) {
      for (Method m : resource.getDeclaredMethods()) {
        if (ApiTokenGate.declaresToken(m) || ApiTokenGate.declaresToken(resource)) {
          if (ApiTokenGate.acceptsToken(m, resource)) {
            accepting.add(resource.getSimpleName() + "." + m.getName());
          }
          if (ApiTokenGate.declaresToken(m)) {
            assertThat(m.isAnnotationPresent(GET.class)).as(m.toString()).isTrue();
          }
        }
      }
    }
    assertThat(accepting).contains("MemberResource.list", "MemberResource.get");
  }

  private static boolean accepts(Method m) {
    return ApiTokenGate.acceptsToken(m, m.getDeclaringClass());
  }

  /** The API's resources: the classes of the web module with {@code @Path}. */
  private static List<Class<?>> resources() throws Exception {
    var root =
        java.nio.file.Path.of(
            JsonConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> resources = new ArrayList<>();
    try (var files = Files.walk(root)) {
      for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file)
                .toString()
                .replace(java.io.File.separatorChar, '.')
                .replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, false, ApiTokenAccessTest.class.getClassLoader());
        if (c.isAnnotationPresent(Path.class)) {
          resources.add(c);
        }
      }
    }
    assertThat(resources).hasSizeGreaterThan(15);
    return resources;
  }
}
