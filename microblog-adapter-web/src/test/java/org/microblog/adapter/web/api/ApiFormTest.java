package org.microblog.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How request bodies read as parameters, whichever way an app encodes them. */
class ApiFormTest {
  private final JsonMapper json = JsonMapper.createDefault();

  @Test
  void aJsonObjectsMembersReadAsBracketedNamesAsInAForm() {
    ApiForm fromJson =
        ApiForm.parse(
            "{\"home\": {\"last_read_id\": \"12\", \"deep\": {\"x\": 1}}, \"note\": \"\"}",
            Optional.of(MediaType.APPLICATION_JSON_TYPE),
            json);
    ApiForm fromForm =
        ApiForm.parse(
            "home%5Blast_read_id%5D=12&note=",
            Optional.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE), json);

    for (ApiForm form : List.of(fromJson, fromForm)) {
      assertThat(form.first("home[last_read_id]")).contains("12");
      assertThat(form.first("note")).as("blank is absent for first()").isEmpty();
      assertThat(form.all("note")).containsExactly("");
    }
    assertThat(fromJson.values()).doesNotContainKey("home[deep]");
  }

  @Test
  void aJsonObjectWithTooManyMembersIsIgnoredAndMalformedJsonRefused() {
    StringBuilder wide = new StringBuilder("{\"home\": {");
    for (int i = 0; i <= ApiForm.MAX_PARAMETERS; i++) {
      wide.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": 1");
    }
    wide.append("}}");

    assertThat(ApiForm.parse(wide.toString(), Optional.empty(), json).values()).isEmpty();
    assertThatThrownBy(() -> ApiForm.parse("{\"home\": ", Optional.empty(), json))
        .isInstanceOf(ApiError.BadParameter.class);
  }
}
