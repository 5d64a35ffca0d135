package org.newsdesk.site.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GarbledAddressFilterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "q=water",
                "q=%C3%A9%C3%A9n+twee",
                "q=%E6%9D%B1%E4%BA%AC",
                "q=%25%5F%2B",
                "before=2021-05-03.12&q=a%20b",
                "q=caf%c3%a9",
                "q=été"
            })
    void readableQueryStrings(String queryString) {
        assertThat(GarbledAddressFilter.isReadable(queryString)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "q=%", "q=%4", "before=%ff", "q=%C3", "q=%C3%28", "q=%ED%A0%80", "q=a%g1"})
    void garbledQueryStrings(String queryString) {
        assertThat(GarbledAddressFilter.isReadable(queryString)).isFalse();
    }
}
