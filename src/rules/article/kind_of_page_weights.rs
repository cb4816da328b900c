// Written by scripts/fit_page_kind.py from the development pages; do
// not edit by hand. A kind's score is its BIAS plus its WEIGHTS times
// the page-shape measures and marks of kind; the likeliest kind is
// reported when its probability is at least MIN_PROBABILITY.
// 491 page dumps, 5-fold cross-validation: named kinds right 0.705 of the time, held out.
pub(super) const MIN_PROBABILITY: f64 = 0.75;
pub(super) const BIAS: [f64; 5] = [0.769647, -6.66508, 1.79703, 0.863635, 3.23476];
pub(super) const WEIGHTS: [[f64; 22]; 5] = [
    // thread
    [
        0.389148, // run_share
        7.7535, // good_share
        0.229036, // near_good_share
        -1.96081, // short_share
        0.877452, // sentence_share
        -0.129885, // words_per_block
        38.5095, // digit_share
        -3.04076, // price_share
        -1.02736, // run_score_share
        -0.434267, // log_blocks
        20.6059, // decided_share
        -0.716333, // log_good_blocks
        1.80071, // run_block_share
        -2.1229, // run_position
        0.636924, // second_run_ratio
        9.65775, // kind_dateline_share
        68.2334, // kind_comments_share
        7.54912, // kind_share_share
        -6.28923, // kind_navigation_share
        21.8004, // kind_code_share
        11.4911, // kind_question_share
        -3.93393, // kind_heading_share
    ],
    // listing
    [
        -4.34492, // run_share
        3.43054, // good_share
        0.78922, // near_good_share
        0.263766, // short_share
        -0.635073, // sentence_share
        0.0908012, // words_per_block
        20.9875, // digit_share
        16.223, // price_share
        2.46325, // run_score_share
        0.972173, // log_blocks
        3.91587, // decided_share
        -1.02582, // log_good_blocks
        3.25207, // run_block_share
        2.52934, // run_position
        -2.23577, // second_run_ratio
        19.1063, // kind_dateline_share
        -22.3616, // kind_comments_share
        0.267396, // kind_share_share
        15.7765, // kind_navigation_share
        -27.0749, // kind_code_share
        5.01406, // kind_question_share
        0.831397, // kind_heading_share
    ],
    // product
    [
        1.31553, // run_share
        -0.133142, // good_share
        -2.80998, // near_good_share
        0.579906, // short_share
        -3.93799, // sentence_share
        0.173983, // words_per_block
        11.2444, // digit_share
        15.7208, // price_share
        -2.61363, // run_score_share
        -0.233334, // log_blocks
        2.76784, // decided_share
        0.225319, // log_good_blocks
        -3.60363, // run_block_share
        0.0965965, // run_position
        0.00683604, // second_run_ratio
        -19.6623, // kind_dateline_share
        42.2071, // kind_comments_share
        7.14868, // kind_share_share
        -4.56567, // kind_navigation_share
        -11.8408, // kind_code_share
        5.28124, // kind_question_share
        -0.484853, // kind_heading_share
    ],
    // documentation
    [
        0.860008, // run_share
        -4.85558, // good_share
        1.52428, // near_good_share
        0.288474, // short_share
        1.25985, // sentence_share
        -0.0698959, // words_per_block
        -12.0407, // digit_share
        -25.5616, // price_share
        0.603742, // run_score_share
        -0.101517, // log_blocks
        -27.0302, // decided_share
        1.15736, // log_good_blocks
        0.132259, // run_block_share
        0.712169, // run_position
        1.41721, // second_run_ratio
        -11.1356, // kind_dateline_share
        -76.2212, // kind_comments_share
        2.12969, // kind_share_share
        -16.7511, // kind_navigation_share
        23.5246, // kind_code_share
        -20.9185, // kind_question_share
        -0.125399, // kind_heading_share
    ],
    // other
    [
        1.78024, // run_share
        -6.19531, // good_share
        0.267447, // near_good_share
        0.828664, // short_share
        2.43577, // sentence_share
        -0.065003, // words_per_block
        -58.7008, // digit_share
        -3.34138, // price_share
        0.573986, // run_score_share
        -0.203055, // log_blocks
        -0.259407, // decided_share
        0.359472, // log_good_blocks
        -1.58141, // run_block_share
        -1.21521, // run_position
        0.174805, // second_run_ratio
        2.03388, // kind_dateline_share
        -11.8578, // kind_comments_share
        -17.0949, // kind_share_share
        11.8294, // kind_navigation_share
        -6.40932, // kind_code_share
        -0.867928, // kind_question_share
        3.71278, // kind_heading_share
    ],
];
