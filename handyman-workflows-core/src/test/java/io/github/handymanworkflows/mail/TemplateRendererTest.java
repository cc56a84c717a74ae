/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.handymanworkflows.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {

  private static final MailTemplate DEMO = new MailTemplate("demo");

  private static TemplateRenderer renderer(String subject, String html, String text) {
    return new TemplateRenderer(
        TemplateSource.of(Map.of("demo.subject", subject, "demo.html", html, "demo.txt", text)));
  }

  @Test
  void escapesValuesInHtmlButNotInText() {
    RenderedMail mail =
        renderer("Hi {{name}}", "<p title=\"{{name}}\">{{name}}</p>", "Hi {{name}}")
            .render(DEMO, Map.of("name", "<b>Tom & \"Jerry\"</b>"));

    assertThat(mail.html())
        .isEqualTo(
            "<p title=\"&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;\">"
                + "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</p>");
    assertThat(mail.text()).isEqualTo("Hi <b>Tom & \"Jerry\"</b>");
    assertThat(mail.subject()).isEqualTo("Hi <b>Tom & \"Jerry\"</b>");
  }

  @Test
  void valuesCannotAddLinesToSubjectOrText() {
    RenderedMail mail =
        renderer("Hi {{name}}\n", "<p>{{name}}</p>", "Hi {{name}}\nBye")
            .render(DEMO, Map.of("name", "Eve\r\nBcc: x@y.example\u202E"));

    assertThat(mail.subject()).isEqualTo("Hi Eve Bcc: x@y.example");
    assertThat(mail.text()).isEqualTo("Hi Eve  Bcc: x@y.example\nBye");
  }

  @Test
  void tripleBracesInsertOnlySafeHtml() {
    TemplateRenderer renderer = renderer("s", "<div>{{{fragment}}}</div>", "t");

    assertThat(renderer.render(DEMO, Map.of("fragment", SafeHtml.trusted("<hr>"))).html())
        .isEqualTo("<div><hr></div>");
    assertThatThrownBy(() -> renderer.render(DEMO, Map.of("fragment", "<script>")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("demo.html")
        .hasMessageContaining("SafeHtml");
  }

  @Test
  void tripleBracesAreRejectedOutsideHtml() {
    assertThatThrownBy(() -> renderer("{{{x}}}", "h", "t").render(DEMO, Map.of("x", "y")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("demo.subject")
        .hasMessageContaining("only allowed in .html");
  }

  @Test
  void missingVariableNamesTemplateAndVariable() {
    assertThatThrownBy(
            () -> renderer("s", "<p>\n{{firstName}}</p>", "t").render(DEMO, Map.of("name", "x")))
        .isInstanceOfSatisfying(
            TemplateException.class,
            e -> {
              assertThat(e.templateFile()).isEqualTo("demo.html");
              assertThat(e.variable()).contains("firstName");
              assertThat(e.getMessage()).contains("line 2", "firstName");
            });
  }

  @Test
  void missingVariableInsideConditionIsAnErrorToo() {
    assertThatThrownBy(() -> renderer("s", "{{#if typo}}x{{/if}}", "t").render(DEMO, Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("'typo'");
  }

  @Test
  void nullValueIsAnErrorNotABlank() {
    java.util.Map<String, Object> model = new java.util.HashMap<>();
    model.put("name", null);

    assertThatThrownBy(() -> renderer("s", "{{name}}", "t").render(DEMO, model))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("'name' is null");
  }

  @Test
  void objectsMustBeFormattedBeforeInsertion() {
    assertThatThrownBy(
            () ->
                renderer("s", "{{when}}", "t")
                    .render(DEMO, Map.of("when", java.time.Instant.EPOCH)))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("Instant");
  }

  @Test
  void conditionsEachAndNestedRecords() {
    record Item(String label, int qty) {}
    record Model(String name, boolean vip, List<Item> items, List<String> tags) {}
    TemplateRenderer renderer =
        renderer(
            "{{name}}",
            "{{#if vip}}VIP{{else}}regular{{/if}}:{{#each items}}[{{label}}x{{qty}} {{name}}]{{/each}}"
                + "{{#each tags}}<{{this}}>{{/each}}{{#if tags}}!{{/if}}",
            "{{#each items}}{{this.label}};{{/each}}");

    RenderedMail mail =
        renderer.render(
            DEMO,
            new Model("Bo", false, List.of(new Item("a<", 1), new Item("b", 2)), List.of("t&")));

    assertThat(mail.html()).isEqualTo("regular:[a&lt;x1 Bo][bx2 Bo]<t&amp;>!");
    assertThat(mail.text()).isEqualTo("a<;b;");
  }

  @Test
  void dottedNamesReachIntoMaps() {
    RenderedMail mail =
        renderer("{{job.title}}", "{{job.title}}", "{{job.title}}")
            .render(DEMO, Map.of("job", Map.of("title", "Fix sink")));

    assertThat(mail.subject()).isEqualTo("Fix sink");
  }

  @Test
  void malformedTemplatesAreReportedWithTheirLine() {
    assertThatThrownBy(() -> renderer("s", "a\n{{#if x}}b", "t").render(DEMO, Map.of("x", true)))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("demo.html")
        .hasMessageContaining("line 2")
        .hasMessageContaining("expected: '{{/'");
    assertThatThrownBy(() -> renderer("s", "{{/each}}", "t").render(DEMO, Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("demo.html")
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> renderer("s", "{{ bad name }}", "t").render(DEMO, Map.of()))
        .isInstanceOfSatisfying(
            TemplateException.class, e -> assertThat(e.variable()).contains("bad"));
  }

  @Test
  void missingTemplatePartIsAnError() {
    TemplateRenderer renderer =
        new TemplateRenderer(TemplateSource.of(Map.of("demo.subject", "s", "demo.html", "h")));

    assertThatThrownBy(() -> renderer.render(DEMO, Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("demo.txt")
        .hasMessageContaining("not found");
  }

  @Test
  void overrideWinsAndTheRestFallsBackToTheClasspath() {
    TemplateSource source =
        TemplateSource.of(Map.of("welcome.subject", "Howdy {{firstName}} from {{brandName}}"))
            .orElse(TemplateSource.classpath());
    Map<String, Object> model =
        Map.of(
            "firstName", "Ada",
            "brandName", "Fixit",
            "supportEmail", "s@fixit.example",
            "homeUrl", "https://fixit.example",
            "isHandyman", false,
            "dashboardUrl", "https://fixit.example/dashboard",
            "profileUrl", "https://fixit.example/profile");

    RenderedMail mail = new TemplateRenderer(source).render(MailTemplate.WELCOME, model);

    assertThat(mail.subject()).isEqualTo("Howdy Ada from Fixit");
    assertThat(mail.html()).contains("Your Fixit account is ready");
  }

  @Test
  void directoryOverrideIsReadOnEveryRender(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("layout.html"), "<main>{{{content}}}</main>");
    TemplateRenderer renderer =
        new TemplateRenderer(
            TemplateSource.directory(dir)
                .orElse(
                    TemplateSource.of(
                        Map.of(
                            "demo.subject", "s", "demo.html", "<p>{{x}}</p>", "demo.txt", "t"))));

    assertThat(renderer.render(DEMO, Map.of("x", "1")).html()).isEqualTo("<main><p>1</p></main>");
    Files.writeString(dir.resolve("layout.html"), "<section>{{{content}}}</section>");
    assertThat(renderer.render(DEMO, Map.of("x", "1")).html())
        .isEqualTo("<section><p>1</p></section>");
  }

  @Test
  void layoutSeesTheSubjectEscaped() {
    TemplateRenderer renderer =
        new TemplateRenderer(
            TemplateSource.of(
                Map.of(
                    "layout.html", "<title>{{subject}}</title>{{{content}}}",
                    "demo.subject", "A < B",
                    "demo.html", "<p>x</p>",
                    "demo.txt", "x")));

    assertThat(renderer.render(DEMO, Map.of()).html()).isEqualTo("<title>A &lt; B</title><p>x</p>");
  }

  @Test
  void commentsRenderNothing() {
    assertThat(renderer("s", "a{{! note }}b", "t").render(DEMO, Map.of()).html()).isEqualTo("ab");
  }

  @Test
  void standardHandlebarsBlocksWork() {
    RenderedMail mail =
        renderer(
                "s",
                "{{#unless vip}}regular{{/unless}}|{{#if a}}A{{else if b}}B{{else}}C{{/if}}|"
                    + "{{#each items}}{{@index}}={{this}}{{#unless @last}},{{/unless}}{{/each}}|"
                    + "{{#each none}}x{{else}}empty{{/each}}|{{#with job}}{{title}}{{/with}}",
                "t")
            .render(
                DEMO,
                Map.of(
                    "vip",
                    false,
                    "a",
                    false,
                    "b",
                    true,
                    "items",
                    List.of("p", "q"),
                    "none",
                    List.of(),
                    "job",
                    Map.of("title", "Fix <sink>")));

    assertThat(mail.html()).isEqualTo("regular|B|0=p,1=q|empty|Fix &lt;sink&gt;");
  }

  @Test
  void safeHtmlIsInsertedAsItIsInHtmlAndRejectedInText() {
    Map<String, Object> model = Map.of("badge", SafeHtml.trusted("<b>top</b>"));

    assertThat(renderer("s", "<p>{{badge}}</p>", "t").render(DEMO, model).html())
        .isEqualTo("<p><b>top</b></p>");
    assertThatThrownBy(() -> renderer("s", "h", "{{badge}}").render(DEMO, model))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("demo.txt")
        .hasMessageContaining("SafeHtml");
  }

  @Test
  void missingNestedNameIsAnErrorNamingThePath() {
    assertThatThrownBy(
            () ->
                renderer("s", "{{job.titel}}", "t")
                    .render(DEMO, Map.of("job", Map.of("title", "Fix sink"))))
        .isInstanceOfSatisfying(
            TemplateException.class, e -> assertThat(e.variable()).contains("job.titel"));
  }

  @Test
  void eachNeedsAList() {
    assertThatThrownBy(
            () -> renderer("s", "{{#each job}}x{{/each}}", "t").render(DEMO, Map.of("job", "j")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("needs a list, not a String");
  }

  @Test
  void aNameInsertedRawMustHoldSafeHtmlEverywhereInTheTemplate() {
    assertThatThrownBy(
            () ->
                renderer("s", "{{#if fragment}}{{{fragment}}}{{/if}}", "t")
                    .render(DEMO, Map.of("fragment", "<script>")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("SafeHtml");
  }

  @Test
  void partialsAreNotSupported() {
    assertThatThrownBy(() -> renderer("s", "<p>{{> footer}}</p>", "t").render(DEMO, Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("demo.html")
        .hasMessageContaining("footer")
        .hasMessageContaining("could not be found");
  }

  @Test
  void blockParametersUseHandlebarsOwnHelpers() {
    RenderedMail mail =
        renderer("s", "{{#each items as |item i|}}{{i}}:{{item}};{{/each}}", "t")
            .render(DEMO, Map.of("items", List.of("p", "q")));

    assertThat(mail.html()).isEqualTo("0:p;1:q;");
  }

  @Test
  void aModelThatFailsIsReportedWithoutItsMessageButWithItsCause() {
    record Failing(String email) {
      @Override
      public String email() {
        throw new IllegalStateException("ada@example.org");
      }
    }

    assertThatThrownBy(() -> renderer("s", "{{email}}", "t").render(DEMO, new Failing("x")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("demo.html")
        .hasMessageNotContaining("ada@example.org")
        .hasRootCauseMessage("ada@example.org");
  }
}
